import { describe, expect, it } from 'vitest';
import { formatDuration, formatIsoDate } from '../../client/src/i18n/format.js';
import { detectLocale } from '../../client/src/i18n/locale.js';

describe('the language at first visit', () => {
  it('follows the browser when it prefers German or English', () => {
    expect(detectLocale(['de-AT', 'en'])).toBe('de');
    expect(detectLocale(['fr-FR', 'en-GB'])).toBe('en');
  });

  it('falls back to English for languages we do not speak', () => {
    expect(detectLocale(['fr', 'it'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('times and dates', () => {
  it('shows a countdown as m:ss, rounding up so 0:00 means the time is really up', () => {
    expect(formatDuration(480_000)).toBe('8:00');
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(500)).toBe('0:01');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });

  it('shows a due date in the reader’s language without shifting the day', () => {
    expect(formatIsoDate('2025-03-01', 'de')).toBe('01.03.2025');
    expect(formatIsoDate('2025-03-01', 'en')).toBe('Mar 1, 2025');
  });
});
