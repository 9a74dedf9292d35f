import { describe, expect, it } from 'vitest';
import { formatDuration, formatIsoDate } from '../../client/src/i18n/format.js';
import { detectLocale, formattingLocale } from '../../client/src/i18n/locale.js';

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

describe('the regional format of dates', () => {
  it('takes the browser’s own variant of the app’s language', () => {
    expect(formattingLocale('en', ['en-GB', 'de-DE'])).toBe('en-GB');
    expect(formattingLocale('de', ['en-GB', 'de-AT'])).toBe('de-AT');
    expect(
      new Intl.DateTimeFormat(formattingLocale('en', ['en-GB']), { dateStyle: 'long' }).format(
        new Date(Date.UTC(2030, 2, 14, 12)),
      ),
    ).toBe('14 March 2030');
  });

  it('uses the bare language when the browser has no variant of it', () => {
    expect(formattingLocale('de', ['en-GB', 'fr'])).toBe('de');
    expect(formattingLocale('en', ['en'])).toBe('en');
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
