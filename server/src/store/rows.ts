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
}

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

export function eventsOf(batch: readonly CommittedCommand[]): MeetingEvent[] {
  return batch.flatMap((command) => command.events);
}
