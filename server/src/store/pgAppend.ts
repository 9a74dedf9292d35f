/**
 * Appending a meeting's batch to PostgreSQL in ONE statement, which is its own transaction: it
 * advances `meetings.last_seq` by a compare-and-set and inserts the events and the commands' acks
 * only when that claimed the meeting and none of the command ids is stored yet. The meeting row is
 * locked only while the statement runs (no round trip to the node in between), so two nodes
 * writing one meeting rarely wait for each other. When another writer got there first, the same
 * statement brings back what it appended, so the loser can decide again without a further read.
 */
import type { MeetingEvent } from '@percolate/shared';
import type pg from 'pg';
import {
  type EventRow,
  endedAtOf,
  eventsOf,
  lastSeqAfter,
  toEventValues,
  toMeetingEvent,
} from './rows.js';
import {
  type CommittedCommand,
  DuplicateCommandError,
  MeetingNotFoundError,
  SequenceConflictError,
} from './types.js';

export interface MeetingTables {
  meetings: string;
  events: string;
  commands: string;
}

export type Attempt =
  | { kind: 'appended' }
  | { kind: 'missing' }
  /** A command id of the batch is stored already (a retry): nothing was appended. */
  | { kind: 'known'; commandId: string }
  /**
   * The log had moved on: nothing was appended. `newer`: what it holds after the expected seq, as
   * far as the statement saw (a statement that waited for the other writer's COMMIT may see none).
   */
  | { kind: 'moved'; newer: MeetingEvent[] };

/**
 * Every part reads the snapshot the statement started with, and a writer that commits meanwhile
 * holds the meeting row: the UPDATE waits for it and then finds last_seq moved on. So when the
 * UPDATE claims the meeting, no command id can have been stored since the snapshot.
 */
const appendSql = ({ meetings, events, commands }: MeetingTables) => `
  WITH meeting AS (SELECT last_seq FROM ${meetings} WHERE id = $1),
  known AS (
    SELECT command_id FROM ${commands} WHERE meeting_id = $1 AND command_id = ANY ($9::text[])
  ),
  claimed AS (
    UPDATE ${meetings} SET last_seq = $3, ended_at = COALESCE(ended_at, $4)
    WHERE id = $1 AND last_seq = $2 AND NOT EXISTS (SELECT 1 FROM known)
    RETURNING id
  ),
  new_events AS (
    INSERT INTO ${events} (meeting_id, seq, at, type, command_id, body)
    SELECT $1, * FROM unnest($5::int[], $6::bigint[], $7::text[], $8::text[], $10::json[])
    WHERE EXISTS (SELECT 1 FROM claimed)
  ),
  new_commands AS (
    INSERT INTO ${commands} (meeting_id, command_id, ack)
    SELECT $1, * FROM unnest($9::text[], $11::json[])
    WHERE EXISTS (SELECT 1 FROM claimed)
  )
  SELECT
    EXISTS (SELECT 1 FROM claimed) AS claimed,
    EXISTS (SELECT 1 FROM meeting) AS found,
    (SELECT command_id FROM known LIMIT 1) AS known,
    ${newerSql(events, 'NOT EXISTS (SELECT 1 FROM claimed)')} AS newer`;

/** The meeting's events after $2 as one JSON array of event rows (null when there are none). */
const newerSql = (events: string, when = 'TRUE') => `
  (SELECT json_agg(json_build_object(
     'seq', seq, 'at', at, 'command_id', command_id, 'body', body) ORDER BY seq)
   FROM ${events} WHERE meeting_id = $1 AND seq > $2 AND ${when})`;

/**
 * Locks the meeting row until COMMIT (waiting for a writer that holds it) and reads its events
 * after $2 in the same round trip. Those come from the snapshot the statement started with, so
 * after a wait they may end before `last_seq`, which is read from the row as locked.
 */
const lockSql = ({ meetings, events }: MeetingTables) => `
  SELECT last_seq, ${newerSql(events)} AS newer FROM ${meetings} WHERE id = $1 FOR UPDATE`;

interface AttemptRow {
  claimed: boolean;
  found: boolean;
  known: string | null;
  newer: EventRow[] | null;
}

/** Tries to append the batch after `expectedSeq`, on the pool or inside a transaction. */
export const tryAppend = async (
  on: pg.Pool | pg.PoolClient,
  tables: MeetingTables,
  meetingId: string,
  expectedSeq: number,
  batch: CommittedCommand[],
): Promise<Attempt> => {
  const list = eventsOf(batch);
  const lastSeq = lastSeqAfter(expectedSeq, list);
  const ids = batch.map((command) => command.commandId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new DuplicateCommandError(meetingId, repeated);
  const rows = list.map(toEventValues);
  const result = await on.query<AttemptRow>(appendSql(tables), [
    meetingId,
    expectedSeq,
    lastSeq,
    endedAtOf(list),
    rows.map((row) => row.seq),
    rows.map((row) => row.at),
    rows.map((row) => row.type),
    rows.map((row) => row.commandId),
    ids,
    rows.map((row) => row.body),
    batch.map((command) => JSON.stringify(command.ack)),
  ]);
  const row = result.rows[0];
  if (!row?.found) return { kind: 'missing' };
  if (row.claimed) return { kind: 'appended' };
  if (row.known !== null) return { kind: 'known', commandId: row.known };
  return { kind: 'moved', newer: (row.newer ?? []).map(toMeetingEvent) };
};

export interface Locked {
  lastSeq: number;
  /** Events after the given seq, possibly not yet up to `lastSeq` (see `lockSql`). */
  newer: MeetingEvent[];
}

/** Takes the meeting's lock inside a transaction; null when there is no such meeting. */
export const lockMeeting = async (
  client: pg.PoolClient,
  tables: MeetingTables,
  meetingId: string,
  afterSeq: number,
): Promise<Locked | null> => {
  const result = await client.query<{ last_seq: number; newer: EventRow[] | null }>(
    lockSql(tables),
    [meetingId, afterSeq],
  );
  const row = result.rows[0];
  return row ? { lastSeq: row.last_seq, newer: (row.newer ?? []).map(toMeetingEvent) } : null;
};

/** What `append` promises of an attempt: resolved when appended, else the error that says why. */
export const appended = (attempt: Attempt, meetingId: string, expectedSeq: number): void => {
  switch (attempt.kind) {
    case 'appended':
      return;
    case 'missing':
      throw new MeetingNotFoundError(meetingId);
    case 'known':
      throw new DuplicateCommandError(meetingId, attempt.commandId);
    case 'moved':
      throw new SequenceConflictError(meetingId, expectedSeq);
  }
};
