/** An event stream of the PostgreSQL store, for either kind (see `pgAppend.ts`). */
import type { CommandAck } from '@percolate/shared';
import type pg from 'pg';
import type { EventStream, Numbered, StreamAppend, StreamCodec } from './eventStream.js';
import {
  type Attempt,
  appended,
  eventArrays,
  insertEventsSql,
  type Locked,
  lockStream,
  tryAppend,
} from './pgAppend.js';
import { inTransaction } from './pgTransaction.js';
import { readColumns, type StreamTables } from './streamTables.mjs';

type On = pg.Pool | pg.PoolClient;

/**
 * What else an append that ends its stream writes in its transaction (a meeting's outbox, #17),
 * given the stream's id, the expected seq and the end's time.
 */
export type OnEnd = (
  client: pg.PoolClient,
  streamId: string,
  expectedSeq: number,
  endedAt: number,
) => Promise<void>;

export interface PgStream<Event> extends EventStream<Event> {
  readonly tables: StreamTables;
  /** `readSince` on a given connection (inside a transaction). */
  readOn(on: On, streamId: string, afterSeq: number): Promise<Event[]>;
  /** One try at an append, on the pool or inside the caller's transaction. */
  attempt(
    on: On,
    streamId: string,
    expectedSeq: number,
    append: StreamAppend<Event>,
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
  onEnd?: OnEnd,
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

  /** With the stream's end, `onEnd` runs in the same transaction, taken back should the append not take. */
  const attempt = async (
    on: On,
    streamId: string,
    seq: number,
    append: StreamAppend<Event>,
  ): Promise<Attempt<Event>> => {
    const endedAt = codec.endedAt(append.events);
    if (endedAt === null || !onEnd) return tryAppend(on, tables, codec, streamId, seq, append);
    const withEnd = async (client: pg.PoolClient) => {
      await client.query('SAVEPOINT ending');
      await onEnd(client, streamId, seq, endedAt);
      const tried = await tryAppend(client, tables, codec, streamId, seq, append);
      const took = tried.kind === 'appended';
      await client.query(took ? 'RELEASE SAVEPOINT ending' : 'ROLLBACK TO SAVEPOINT ending');
      return tried;
    };
    return 'release' in on ? withEnd(on) : inTransaction(on, withEnd);
  };

  return {
    kind,
    tables,
    readOn,
    attempt,
    readSince: (streamId, afterSeq = 0) => readOn(pool, streamId, afterSeq),
    async append(streamId, expectedSeq, append) {
      appended(await attempt(pool, streamId, expectedSeq, append), tables, streamId, expectedSeq);
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
