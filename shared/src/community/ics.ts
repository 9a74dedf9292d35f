/**
 * A scheduled meeting as an iCalendar file (RFC 5545) for the participants' calendars: one VEVENT
 * with UTC times, text escaped and lines folded at 75 octets, CRLF line ends.
 */

export interface CalendarEvent {
  /** Globally unique and stable, so a calendar updates the event instead of adding a copy. */
  uid: string;
  title: string;
  description: string;
  /** ISO 8601 with offset. */
  startsAt: string;
  durationMinutes: number;
  /** The meeting page; null when the server knows no trusted address of its own. */
  url: string | null;
  /** The video call, given as the location. */
  videoUrl: string | null;
  /** When the file is made (DTSTAMP). */
  now: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 3.3.5 form in UTC: 20261201T140000Z. */
const utc = (epochMs: number): string =>
  new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** UTF-8 length of one character (a whole code point). */
const octets = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
};

/** RFC 5545 3.1: lines longer than 75 octets go on as lines starting with a space; never inside a character. */
export const foldLine = (line: string): string => {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + octets(char) > limit) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets(char);
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
};

export const toICalendar = (event: CalendarEvent): string => {
  const start = Date.parse(event.startsAt);
  const end = start + event.durationMinutes * 60_000;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Percolate//Lean Coffee//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.now)}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description === '' ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.videoUrl === null ? [] : [`LOCATION:${escapeText(event.videoUrl)}`]),
    ...(event.url === null ? [] : [`URL:${event.url}`]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
};
