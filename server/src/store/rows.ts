/**
 * How meetings, events and acks map to table rows, shared by every SQL store so they cannot
 * drift apart.
 */
import type { EventBody, MeetingEvent } from '@percolate/shared';
import type { CommittedCommand, MeetingRecord } from './types.js';

export interface MeetingRow {
  id: string;
  join_code: string;
  facilitator_key_hash: string;
  title: string;
  /** PostgreSQL returns BIGINT as a string. */
  created_at: number | string;
  community_id: string | null;
  ended_at: number | string | null;
}

/** What a meeting row is read with. */
export const meetingColumns =
  'id, join_code, facilitator_key_hash, title, created_at, community_id, ended_at';
/** What a new meeting row is written with, in `meetingValues` order. */
export const newMeetingColumns =
  'id, join_code, facilitator_key_hash, title, created_at, community_id, ended_at, last_seq';

export const meetingValues = (record: MeetingRecord, lastSeq: number) =>
  [
    record.id,
    record.joinCode,
    record.facilitatorKeyHash,
    record.title,
    record.createdAt,
    record.communityId,
    record.endedAt,
    lastSeq,
  ] as const;

export interface EventRow {
  seq: number;
  at: number | string;
  command_id: string;
  /** SQLite returns the JSON text; PostgreSQL returns it parsed. */
  body: string | EventBody;
}

export interface EventValues {
  seq: number;
  at: number;
  type: string;
  commandId: string;
  body: string;
}

export function toMeetingRecord(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    joinCode: row.join_code,
    facilitatorKeyHash: row.facilitator_key_hash,
    title: row.title,
    createdAt: Number(row.created_at),
    communityId: row.community_id,
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
  };
}

export function toEventValues(event: MeetingEvent): EventValues {
  const { seq, at, commandId, ...body } = event;
  return { seq, at, type: body.type, commandId, body: JSON.stringify(body) };
}

export function toMeetingEvent(row: EventRow): MeetingEvent {
  const body: EventBody = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
  return { ...body, seq: row.seq, at: Number(row.at), commandId: row.command_id };
}

/**
 * Checks that the events are numbered expectedSeq + 1, + 2, … and returns the new last seq.
 * A gap or repeat is a bug in the caller, so it is thrown as such rather than as a conflict.
 */
export function lastSeqAfter(
  expectedSeq: number,
  events: readonly { seq: number; type: string }[],
): number {
  events.forEach((event, index) => {
    const wanted = expectedSeq + index + 1;
    if (event.seq !== wanted) {
      throw new RangeError(`event ${event.type} has seq ${event.seq}, expected ${wanted}`);
    }
  });
  return expectedSeq + events.length;
}

/** When the batch ended the meeting (the time of its `meeting:ended`), else null. */
export function endedAtOf(events: readonly MeetingEvent[]): number | null {
  return events.find((event) => event.type === 'meeting:ended')?.at ?? null;
}

export function eventsOf(batch: readonly CommittedCommand[]): MeetingEvent[] {
  return batch.flatMap((command) => command.events);
}
