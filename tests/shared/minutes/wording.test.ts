import {
  calendarParts,
  isoDay,
  MINUTES_STRINGS,
  minutesFileName,
  minutesWording,
  neutraliseFormula,
  quoteCsvField,
  slugify,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';

const keysOf = (value: object) => Object.keys(value).sort();

describe('the words of the minutes', () => {
  it('has every string in both German and English', () => {
    expect(keysOf(MINUTES_STRINGS.de)).toEqual(keysOf(MINUTES_STRINGS.en));
    expect(keysOf(MINUTES_STRINGS.de.moods)).toEqual(keysOf(MINUTES_STRINGS.en.moods));
  });

  it('writes durations the way each language abbreviates them', () => {
    const en = minutesWording('en', 'Europe/Berlin');
    const de = minutesWording('de', 'Europe/Berlin');
    expect([0, 20_000, 8 * 60_000, 65 * 60_000, 120 * 60_000].map(en.duration)).toEqual([
      '0 min',
      '< 1 min',
      '8 min',
      '1 h 5 min',
      '2 h',
    ]);
    expect([0, 20_000, 8 * 60_000, 65 * 60_000].map(de.duration)).toEqual([
      '0 Min.',
      '< 1 Min.',
      '8 Min.',
      '1 Std. 5 Min.',
    ]);
  });

  it('counts dots with the right plural', () => {
    expect([0, 1, 2].map((n) => MINUTES_STRINGS.en.dots(n))).toEqual(['0 dots', '1 dot', '2 dots']);
    expect([0, 1, 2].map((n) => MINUTES_STRINGS.de.dots(n))).toEqual([
      '0 Punkte',
      '1 Punkt',
      '2 Punkte',
    ]);
  });

  it('writes due dates as each language does, and an impossible date as it was typed', () => {
    expect(minutesWording('de', 'UTC').dueDate('2026-03-01')).toBe('01.03.2026');
    expect(minutesWording('en', 'UTC').dueDate('2026-03-01')).toBe('1 March 2026');
    expect(minutesWording('en', 'UTC').dueDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('dates in the meeting’s time zone', () => {
  // 23:30 UTC on 28 March 2026 is already Sunday in Berlin (and summer time starts that night).
  const lateSaturday = Date.UTC(2026, 2, 28, 23, 30);

  it('names the day and the time where the meeting took place', () => {
    const berlin = calendarParts(lateSaturday, 'Europe/Berlin', 'de');
    expect(MINUTES_STRINGS.de.longDate(berlin)).toBe('Sonntag, 29. März 2026');
    expect(MINUTES_STRINGS.de.clock(berlin)).toBe('00:30');
    const newYork = calendarParts(lateSaturday, 'America/New_York', 'en');
    expect(MINUTES_STRINGS.en.longDate(newYork)).toBe('Saturday, 28 March 2026');
    expect(MINUTES_STRINGS.en.clock(newYork)).toBe('19:30');
  });

  it('shows midnight as 00, not 24', () => {
    expect(calendarParts(Date.UTC(2026, 0, 1, 23, 0), 'Europe/Berlin', 'en').hour).toBe('00');
  });

  it('dates file names by the local day', () => {
    expect(isoDay(lateSaturday, 'Europe/Berlin')).toBe('2026-03-29');
    expect(isoDay(lateSaturday, 'UTC')).toBe('2026-03-28');
  });
});

describe('file names', () => {
  const facts = { startedAt: Date.UTC(2026, 10, 23, 9), timeZone: 'Europe/Berlin' };

  it('names the download by date and title, in plain ASCII', () => {
    expect(
      minutesFileName({ ...facts, title: 'CoP Personalentwicklung: Größe & Öffnung!' }, 'md'),
    ).toBe('2026-11-23-lean-coffee-cop-personalentwicklung-groesse-oeffnung.md');
    expect(minutesFileName({ ...facts, title: 'Café crème' }, 'csv')).toBe(
      '2026-11-23-lean-coffee-cafe-creme-actions.csv',
    );
  });

  it('does not repeat "lean coffee" and copes with titles without letters', () => {
    expect(minutesFileName({ ...facts, title: 'Lean Coffee Q4' }, 'docx')).toBe(
      '2026-11-23-lean-coffee-q4.docx',
    );
    expect(minutesFileName({ ...facts, title: '<script>"💥"' }, 'html')).toBe(
      '2026-11-23-lean-coffee-script.html',
    );
    expect(minutesFileName({ ...facts, title: '💥' }, 'json')).toBe('2026-11-23-lean-coffee.json');
  });

  it('keeps slugs short', () => {
    expect(slugify('a'.repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slugify(`${'ab-'.repeat(30)}x`)).not.toMatch(/-$/);
  });
});

describe('CSV cells', () => {
  it('prefixes a single quote to cells a spreadsheet would run as a formula', () => {
    expect(
      ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', 'x=1', "'quoted", ''].map(neutraliseFormula),
    ).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", 'x=1', "'quoted", '']);
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a, b')).toBe('"a, b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
  });

  it('quotes by the separator in use: semicolons for German, commas stay plain there', () => {
    expect(quoteCsvField('a; b', ';')).toBe('"a; b"');
    expect(quoteCsvField('a, b', ';')).toBe('a, b');
  });
});

describe('the time zone in the minutes', () => {
  it('is named as people say it, not by its IANA id', () => {
    const november = Date.UTC(2026, 10, 23, 9);
    expect(minutesWording('de', 'Europe/Berlin').zone(november)).toBe('Mitteleuropäische Zeit');
    expect(minutesWording('en', 'Europe/Berlin').zone(november)).toBe('Central European Time');
    expect(minutesWording('de', 'UTC').zone(november)).toBe('UTC');
  });
});
