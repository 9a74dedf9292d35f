/**
 * Appending to an event stream (a meeting's, a community's) in PostgreSQL: each append is one
 * element of a group that the migration's `append_group` function writes in ONE statement, its
 * own transaction (`pgAppendGroups.ts` says which appends go together). For each append it advances
 * the stream's `last_seq` by a compare-and-set and inserts the events and the commands' acks only
 * when that claimed the stream and none of the command ids is stored yet, in a subtransaction of its
 * own, so a refused one leaves the others of its group. The stream's row is locked only while the
 * statement runs (no round trip to the node in between). When another writer got there first, the
 * same statement brings back what it appended, so the loser can decide again without a further read.
 */
import type pg from 'pg';
import { type AppendRows, toAppendRows } from './appendRows.js';
import type { Numbered, StreamAppend, StreamCodec } from './eventStream.js';
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
   * The log had moved on: nothing was appended. `newer`: what it holds after the expected seq,
   * read after the compare-and-set failed (so after any wait for the other writer's COMMIT).
   */
  | { kind: 'moved'; newer: Event[] };

/** What `append_group` answers for one append. */
export type Outcome<Row> =
  | Exclude<Attempt<never>, { kind: 'moved' }>
  | { kind: 'moved'; newer: Row[] | null }
  | { kind: 'failed'; code: string; message: string };

/** The append as a group's element; a command id repeated within it is refused before it is sent. */
export const groupedAppend = <Event extends Numbered>(
  codec: StreamCodec<Event, unknown>,
  streamId: string,
  expectedSeq: number,
  append: StreamAppend<Event>,
): AppendRows => {
  const ids = append.commands.map((command) => command.commandId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw new DuplicateCommandError(codec.tables.kind, streamId, repeated);
  }
  return toAppendRows(codec, streamId, expectedSeq, append);
};

/** Writes a group in one statement: on the pool its own transaction, on a client inside the caller's. */
export const appendGroup = async <Row>(
  on: pg.Pool | pg.PoolClient,
  quotedSchema: string,
  group: readonly AppendRows[],
): Promise<Outcome<Row>[]> => {
  const result = await on.query<{ outcomes: Outcome<Row>[] }>(
    `SELECT ${quotedSchema}.append_group($1::json) AS outcomes`,
    [JSON.stringify(group)],
  );
  const outcomes = result.rows[0]?.outcomes;
  if (outcomes?.length !== group.length) throw new Error('append_group answered another group');
  return outcomes;
};

/** An append's outcome as the stream's attempt; a failure of its own is thrown. */
export const attemptOf = <Event, Row>(
  outcome: Outcome<Row>,
  codec: StreamCodec<Event, Row>,
): Attempt<Event> => {
  switch (outcome.kind) {
    case 'failed':
      throw Object.assign(new Error(outcome.message), { code: outcome.code });
    case 'moved':
      return { kind: 'moved', newer: (outcome.newer ?? []).map((row) => codec.fromRow(row)) };
    default:
      return outcome;
  }
};

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

/** The stream's events after $2 as one JSON array of event rows (null when there are none). */
const newerSql = (tables: StreamTables) => {
  const columns = readColumns(tables);
  const fields = columns.map((column) => `'${column}', ${column}`).join(', ');
  return `
  (SELECT json_agg(json_build_object(${fields}) ORDER BY seq)
   FROM ${tables.events} WHERE ${tables.key} = $1 AND seq > $2)`;
};

/**
 * Locks the stream's row until COMMIT (waiting for a writer that holds it) and reads its events
 * after $2 in the same round trip. Those come from the snapshot the statement started with, so
 * after a wait they may end before `last_seq`, which is read from the row as locked.
 */
const lockSql = (tables: StreamTables) => `
  SELECT last_seq, ${newerSql(tables)} AS newer FROM ${tables.owners} WHERE id = $1 FOR UPDATE`;

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
