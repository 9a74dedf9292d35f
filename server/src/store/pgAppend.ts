/**
 * Appending to an event stream (a meeting's, a community's) in PostgreSQL in ONE statement, which
 * is its own transaction: it advances the stream's `last_seq` by a compare-and-set and inserts the
 * events and the commands' acks only when that claimed the stream and none of the command ids is
 * stored yet. The stream's row is locked only while the statement runs (no round trip to the node
 * in between), so two nodes writing one stream rarely wait for each other. When another writer got
 * there first, the same statement brings back what it appended, so the loser can decide again
 * without a further read.
 */
import type pg from 'pg';
import type { Numbered, StreamAppend, StreamCodec } from './eventStream.js';
import { lastSeqAfter } from './rows.js';
import {
  DuplicateCommandError,
  SequenceConflictError,
  StreamNotFoundError,
} from './streamErrors.js';
import { readColumns, type StreamTables } from './streamTables.mjs';

export type Attempt<Event> =
  | { kind: 'appended' }
  | { kind: 'missing' }
  /** A command id of the append is stored already (a retry): nothing was appended. */
  | { kind: 'known'; commandId: string }
  /**
   * The log had moved on: nothing was appended. `newer`: what it holds after the expected seq, as
   * far as the statement saw (a statement that waited for the other writer's COMMIT may see none).
   */
  | { kind: 'moved'; newer: Event[] };

/** Inserts events given as one array per column, from parameter `$first` on, after `$1`. */
export const insertEventsSql = ({ events, key, eventColumns }: StreamTables, first: number) => {
  const columns = eventColumns.map(([name]) => name).join(', ');
  const arrays = eventColumns.map(([, type], index) => `$${first + index}::${type}[]`).join(', ');
  return `INSERT INTO ${events} (${key}, ${columns}) SELECT $1, * FROM unnest(${arrays})`;
};

/** The events' values as one array per column, as `insertEventsSql` takes them. */
export const eventArrays = <Event>(codec: StreamCodec<Event, unknown>, list: readonly Event[]) => {
  const rows = list.map(codec.toRow);
  return codec.tables.eventColumns.map((_, index) => rows.map((row) => row[index]));
};

/**
 * Every part reads the snapshot the statement started with, and a writer that commits meanwhile
 * holds the stream's row: the UPDATE waits for it and then finds last_seq moved on. So when the
 * UPDATE claims the stream, no command id can have been stored since the snapshot. A meeting's end
 * sets its `ended_at` once (`ends`: its time is the last parameter).
 */
const appendSql = (tables: StreamTables, ends: boolean) => {
  const { owners, commands, key } = tables;
  const endedAt = ends ? `, ended_at = COALESCE(ended_at, $${6 + tables.eventColumns.length})` : '';
  return `
  WITH stream AS (SELECT last_seq FROM ${owners} WHERE id = $1),
  known AS (
    SELECT command_id FROM ${commands} WHERE ${key} = $1 AND command_id = ANY ($4::text[])
  ),
  claimed AS (
    UPDATE ${owners} SET last_seq = $3${endedAt}
    WHERE id = $1 AND last_seq = $2 AND NOT EXISTS (SELECT 1 FROM known)
    RETURNING id
  ),
  new_events AS (${insertEventsSql(tables, 6)} WHERE EXISTS (SELECT 1 FROM claimed)),
  new_commands AS (
    INSERT INTO ${commands} (${key}, command_id, ack)
    SELECT $1, * FROM unnest($4::text[], $5::json[])
    WHERE EXISTS (SELECT 1 FROM claimed)
  )
  SELECT
    EXISTS (SELECT 1 FROM claimed) AS claimed,
    EXISTS (SELECT 1 FROM stream) AS found,
    (SELECT command_id FROM known LIMIT 1) AS known,
    ${newerSql(tables, 'NOT EXISTS (SELECT 1 FROM claimed)')} AS newer`;
};

/** The stream's events after $2 as one JSON array of event rows (null when there are none). */
const newerSql = (tables: StreamTables, when = 'TRUE') => {
  const columns = readColumns(tables);
  const fields = columns.map((column) => `'${column}', ${column}`).join(', ');
  return `
  (SELECT json_agg(json_build_object(${fields}) ORDER BY seq)
   FROM ${tables.events} WHERE ${tables.key} = $1 AND seq > $2 AND ${when})`;
};

/**
 * Locks the stream's row until COMMIT (waiting for a writer that holds it) and reads its events
 * after $2 in the same round trip. Those come from the snapshot the statement started with, so
 * after a wait they may end before `last_seq`, which is read from the row as locked.
 */
const lockSql = (tables: StreamTables) => `
  SELECT last_seq, ${newerSql(tables)} AS newer FROM ${tables.owners} WHERE id = $1 FOR UPDATE`;

interface AttemptRow<Row> {
  claimed: boolean;
  found: boolean;
  known: string | null;
  newer: Row[] | null;
}

/**
 * Tries to append after `expectedSeq`, on the pool or inside a transaction. `tables` are the
 * codec's, qualified with the schema.
 */
export const tryAppend = async <Event extends Numbered, Row>(
  on: pg.Pool | pg.PoolClient,
  tables: StreamTables,
  codec: StreamCodec<Event, Row>,
  streamId: string,
  expectedSeq: number,
  { events, commands }: StreamAppend<Event>,
): Promise<Attempt<Event>> => {
  const lastSeq = lastSeqAfter(expectedSeq, events);
  const ids = commands.map((command) => command.commandId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new DuplicateCommandError(tables.kind, streamId, repeated);
  const endedAt = codec.endedAt(events);
  const result = await on.query<AttemptRow<Row>>(appendSql(tables, endedAt !== null), [
    streamId,
    expectedSeq,
    lastSeq,
    ids,
    commands.map((command) => JSON.stringify(command.ack)),
    ...eventArrays(codec, events),
    ...(endedAt === null ? [] : [endedAt]),
  ]);
  const row = result.rows[0];
  if (!row?.found) return { kind: 'missing' };
  if (row.claimed) return { kind: 'appended' };
  if (row.known !== null) return { kind: 'known', commandId: row.known };
  return { kind: 'moved', newer: (row.newer ?? []).map((each) => codec.fromRow(each)) };
};

export interface Locked<Event> {
  lastSeq: number;
  /** Events after the given seq, possibly not yet up to `lastSeq` (see `lockSql`). */
  newer: Event[];
}

/** Takes the stream's lock inside a transaction; null when there is no such stream. */
export const lockStream = async <Event, Row>(
  client: pg.PoolClient,
  tables: StreamTables,
  codec: StreamCodec<Event, Row>,
  streamId: string,
  afterSeq: number,
): Promise<Locked<Event> | null> => {
  const result = await client.query<{ last_seq: number; newer: Row[] | null }>(lockSql(tables), [
    streamId,
    afterSeq,
  ]);
  const row = result.rows[0];
  return row
    ? { lastSeq: row.last_seq, newer: (row.newer ?? []).map((each) => codec.fromRow(each)) }
    : null;
};

/** What `append` promises of an attempt: resolved when appended, else the error that says why. */
export const appended = (
  attempt: Attempt<unknown>,
  tables: StreamTables,
  streamId: string,
  expectedSeq: number,
): void => {
  switch (attempt.kind) {
    case 'appended':
      return;
    case 'missing':
      throw new StreamNotFoundError(tables.kind, streamId);
    case 'known':
      throw new DuplicateCommandError(tables.kind, streamId, attempt.commandId);
    case 'moved':
      throw new SequenceConflictError(tables.kind, streamId, expectedSeq);
  }
};
