/** An event stream of the PostgreSQL store, for either kind (see `pgAppend.ts`). */
import type { CommandAck } from '@percolate/shared';
import type pg from 'pg';
import type { EventStream, Numbered, StreamAppend, StreamCodec } from './eventStream.js';
import {
  type Attempt,
  appended,
  appendGroup,
  attemptOf,
  eventArrays,
  groupedAppend,
  insertEventsSql,
  type Locked,
  lockStream,
} from './pgAppend.js';
import type { AppendGroups } from './pgAppendGroups.js';
import { readColumns, type StreamTables } from './streamTables.mjs';

type On = pg.Pool | pg.PoolClient;

export interface PgStream<Event> extends EventStream<Event> {
  readonly tables: StreamTables;
  /** `readSince` on a given connection (inside a transaction). */
  readOn(on: On, streamId: string, afterSeq: number): Promise<Event[]>;
  /**
   * One try at an append: in the next group (its own transaction), or alone inside the caller's
   * transaction when given its `client`.
   */
  attempt(
    streamId: string,
    expectedSeq: number,
    append: StreamAppend<Event>,
    client?: pg.PoolClient,
  ): Promise<Attempt<Event>>;
  /** Takes the stream's lock inside the caller's transaction; null when there is no such stream. */
  lock(client: pg.PoolClient, streamId: string, afterSeq: number): Promise<Locked<Event> | null>;
  /** Inserts a new stream's first events inside the caller's transaction, after its row. */
  insertFirst(client: pg.PoolClient, streamId: string, events: readonly Event[]): Promise<void>;
}

const qualified = (tables: StreamTables, quotedSchema: string): StreamTables => ({
  ...tables,
  owners: `${quotedSchema}.${tables.owners}`,
  events: `${quotedSchema}.${tables.events}`,
  commands: `${quotedSchema}.${tables.commands}`,
});

export const pgStream = <Event extends Numbered, Row>(
  pool: pg.Pool,
  quotedSchema: string,
  codec: StreamCodec<Event, Row>,
  groups: AppendGroups,
): PgStream<Event> => {
  const tables = qualified(codec.tables, quotedSchema);
  const { kind, events, commands, key } = tables;

  const readOn = async (on: On, streamId: string, afterSeq: number) => {
    const result = await on.query<Row & pg.QueryResultRow>(
      `SELECT ${readColumns(tables).join(', ')} FROM ${events}
       WHERE ${key} = $1 AND seq > $2 ORDER BY seq`,
      [streamId, afterSeq],
    );
    return result.rows.map((row) => codec.fromRow(row));
  };

  /** A meeting's end queues its deliveries in the same transaction (`append_group`). */
  const attempt = async (
    streamId: string,
    seq: number,
    append: StreamAppend<Event>,
    client?: pg.PoolClient,
  ): Promise<Attempt<Event>> => {
    const grouped = groupedAppend(codec, streamId, seq, append);
    const [outcome] = client
      ? await appendGroup<Row>(client, quotedSchema, [grouped])
      : [await groups.submit<Row>(grouped)];
    if (!outcome) throw new Error('append_group answered no outcome');
    return attemptOf(outcome, codec);
  };

  return {
    kind,
    tables,
    readOn,
    attempt,
    readSince: (streamId, afterSeq = 0) => readOn(pool, streamId, afterSeq),
    async append(streamId, expectedSeq, append) {
      appended(await attempt(streamId, expectedSeq, append), tables, streamId, expectedSeq);
    },
    async findCommandAck(streamId, commandId) {
      const result = await pool.query<{ ack: CommandAck }>(
        `SELECT ack FROM ${commands} WHERE ${key} = $1 AND command_id = $2`,
        [streamId, commandId],
      );
      return result.rows[0]?.ack ?? null;
    },
    lock: (client, streamId, afterSeq) => lockStream(client, tables, codec, streamId, afterSeq),
    async insertFirst(client, streamId, first) {
      if (first.length === 0) return;
      await client.query(insertEventsSql(tables, 2), [streamId, ...eventArrays(codec, first)]);
    },
  };
};
