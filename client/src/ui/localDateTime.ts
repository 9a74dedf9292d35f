/**
 * The schedule form asks for a day and a time as the browser's date and time inputs give them
 * (`2026-12-03`, `16:00`), meant in the organiser's own time zone; the server wants an ISO 8601
 * moment with its offset.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-03` + `16:00` → `2026-12-03T16:00:00+01:00` (the browser's offset on that day). */
export const toOffsetIso = (date: string, time: string): string | null => {
  const hhmm = time.slice(0, 5);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(hhmm)) return null;
  const local = new Date(`${date}T${hhmm}:00`);
  if (Number.isNaN(local.getTime())) return null;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${hhmm}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** The local calendar day `days` from `now`, as a date input wants it. */
export const localDateIn = (days: number, now = new Date()): string => {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
};
