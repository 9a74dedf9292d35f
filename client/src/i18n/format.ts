import { formattingLocale, type Locale } from './locale.js';

/** mm:ss, or h:mm:ss from an hour on; rounds up so a timer shows 0:00 only when it is done. */
export const formatDuration = (ms: number): string => {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
};

/** A calendar date (YYYY-MM-DD) in the reader's language, without shifting it by time zone. */
export const formatIsoDate = (iso: string, locale: Locale): string => {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
};

export const formatList = (items: readonly string[], locale: Locale): string =>
  new Intl.ListFormat(formattingLocale(locale), { style: 'long', type: 'conjunction' }).format(
    items,
  );

/** A moment (ISO string or epoch ms) as date and time, in the reader's language and time zone. */
export const formatDateTime = (moment: string | number, locale: Locale): string =>
  new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(moment));

/** A moment as a short day ("3 Nov"), in the reader's language and time zone. */
export const formatShortDate = (moment: string | number, locale: Locale): string =>
  new Intl.DateTimeFormat(formattingLocale(locale), { day: 'numeric', month: 'short' }).format(
    new Date(moment),
  );

/** A moment as a date ("3 Nov 2026"), in the reader's language and time zone. */
export const formatDate = (moment: string | number, locale: Locale): string =>
  new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'medium' }).format(
    new Date(moment),
  );
