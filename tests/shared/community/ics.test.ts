import { escapeText, foldLine, toICalendar } from '@percolate/shared';
import { describe, expect, it } from 'vitest';

const event = {
  uid: 'm1@percolate',
  title: 'CoP #1: Lean Coffee',
  description: 'Topics, votes; talk',
  startsAt: '2026-12-01T15:00:00+01:00',
  durationMinutes: 90,
  url: 'https://percolate.example.org/m/m1',
  videoUrl: 'https://meet.example.org/cop?pwd=a,b',
  now: Date.parse('2026-11-23T10:00:00Z'),
};

const utf8Length = (line: string) => Buffer.byteLength(line, 'utf8');

describe('the calendar file of a scheduled meeting', () => {
  const ics = toICalendar(event);
  const lines = ics.split('\r\n');

  it('ends every line with CRLF, and never a bare LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives start and end in UTC, converted from the offset the organiser used', () => {
    expect(lines).toContain('DTSTART:20261201T140000Z');
    expect(lines).toContain('DTEND:20261201T153000Z');
    expect(lines).toContain('DTSTAMP:20261123T100000Z');
  });

  it('has one event with the title, description, video call as location and the meeting page', () => {
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:m1@percolate');
    expect(lines).toContain('SUMMARY:CoP #1: Lean Coffee');
    expect(lines).toContain('DESCRIPTION:Topics\\, votes\\; talk');
    expect(lines).toContain('LOCATION:https://meet.example.org/cop?pwd=a\\,b');
    expect(lines).toContain('URL:https://percolate.example.org/m/m1');
  });

  it('leaves out the location without a video call and the description when empty', () => {
    const bare = toICalendar({ ...event, videoUrl: null, description: '' });
    expect(bare).not.toContain('LOCATION');
    expect(bare).not.toContain('DESCRIPTION');
  });
});

describe('escaping text values', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('folding long lines', () => {
  it('keeps lines at 75 octets and continues them with a space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((part) => utf8Length(part) <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('never splits a character of several octets', () => {
    const line = `SUMMARY:${'ü'.repeat(100)}🙂`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((part) => utf8Length(part) <= 75)).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
