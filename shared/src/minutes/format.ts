/**
 * Dates and times for the minutes, in the meeting's time zone. Built from the parts Intl gives
 * (names of weekdays and months, digits) and put together by our own patterns, because the
 * whole-date patterns differ between ICU versions and would make the output depend on Node's.
 */
import type { MinutesLocale } from './model.js';

export interface CalendarParts {
  weekday: string;
  /** Day of the month without a leading zero. */
  day: string;
  /** The month's full name. */
  month: string;
  /** Two-digit month number. */
  monthNumber: string;
  year: string;
  /** 24-hour clock, two digits each. */
  hour: string;
  minute: string;
}

const LANGUAGE_TAGS: Record<MinutesLocale, string> = { de: 'de-DE', en: 'en-GB' };

export const languageTag = (locale: MinutesLocale): string => LANGUAGE_TAGS[locale];

const partsOf = (
  timestamp: number,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> =>
  Object.fromEntries(
    new Intl.DateTimeFormat(locale, { timeZone, ...options })
      .formatToParts(timestamp)
      .map((part) => [part.type, part.value]),
  );

export const calendarParts = (
  timestamp: number,
  timeZone: string,
  locale: MinutesLocale,
): CalendarParts => {
  const names = partsOf(timestamp, languageTag(locale), timeZone, {
    weekday: 'long',
    month: 'long',
  });
  const digits = partsOf(timestamp, 'en-GB', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    weekday: names.weekday ?? '',
    month: names.month ?? '',
    day: digits.day ?? '',
    monthNumber: digits.month ?? '',
    year: digits.year ?? '',
    hour: digits.hour ?? '',
    minute: digits.minute ?? '',
  };
};

/**
 * The time zone as people name it ("Mitteleuropäische Zeit", "Central European Time"), not its
 * IANA id; UTC stays "UTC" (Intl would say "GMT+00:00").
 */
export const timeZoneName = (
  timestamp: number,
  timeZone: string,
  locale: MinutesLocale,
): string => {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const name = partsOf(timestamp, languageTag(locale), timeZone, {
    timeZoneName: 'longGeneric',
  }).timeZoneName;
  return name ?? timeZone;
};

/** YYYY-MM-DD of the moment in the time zone (for file names). */
export const isoDay = (timestamp: number, timeZone: string): string => {
  const { year, monthNumber, day } = calendarParts(timestamp, timeZone, 'en');
  return `${year}-${monthNumber}-${day.padStart(2, '0')}`;
};

/** The calendar parts of an ISO date (YYYY-MM-DD) as written; null when it is no real date. */
export const isoDateParts = (isoDate: string, locale: MinutesLocale): CalendarParts | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const timestamp = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  const parts = calendarParts(timestamp, 'UTC', locale);
  const asWritten =
    parts.year.padStart(4, '0') === match[1] &&
    parts.monthNumber === match[2] &&
    parts.day.padStart(2, '0') === match[3];
  return asWritten ? parts : null;
};

export const sameDay = (a: CalendarParts, b: CalendarParts): boolean =>
  a.year === b.year && a.monthNumber === b.monthNumber && a.day === b.day;
