/**
 * The whole meeting as JSON, for archiving and for moving it to another server: the event log as
 * the record may keep it (`eventsForRecord`: what the privacy rule hides taken out), with the facts
 * about the meeting that live outside it. Secrets that only the server keeps beside the log (the
 * facilitator key's hash) are not part of it.
 */
import type { MeetingEvent } from '../domain/events.js';
import { eventsForRecord } from '../domain/recordEvents.js';

export const MEETING_ARCHIVE_FORMAT = 'percolate-meeting';
export const MEETING_ARCHIVE_VERSION = 1;

export interface MeetingFacts {
  id: string;
  title: string;
  createdAt: number;
  joinCode?: string;
}

export interface MeetingArchive {
  format: typeof MEETING_ARCHIVE_FORMAT;
  version: typeof MEETING_ARCHIVE_VERSION;
  meeting: MeetingFacts;
  events: MeetingEvent[];
}

/** The facts the log itself records, for when the meeting's stored record is not at hand. */
export const meetingFactsFromEvents = (events: readonly MeetingEvent[]): MeetingFacts => {
  const created = events.find((event) => event.type === 'meeting:created');
  return created?.type === 'meeting:created'
    ? { id: created.meetingId, title: created.title, createdAt: created.at }
    : { id: '', title: '', createdAt: 0 };
};

export const meetingArchive = (
  events: readonly MeetingEvent[],
  meeting: MeetingFacts = meetingFactsFromEvents(events),
): MeetingArchive => ({
  format: MEETING_ARCHIVE_FORMAT,
  version: MEETING_ARCHIVE_VERSION,
  meeting: { ...meeting },
  events: eventsForRecord(events),
});

export const meetingArchiveJson = (
  events: readonly MeetingEvent[],
  meeting?: MeetingFacts,
): string => `${JSON.stringify(meetingArchive(events, meeting), null, 2)}\n`;
