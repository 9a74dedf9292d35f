/**
 * The store for several nodes: PostgreSQL through a pg Pool. Writers on different nodes are
 * serialised per meeting by a compare-and-set on `meetings.last_seq` under the meeting row's lock;
 * (meeting_id, seq) and (meeting_id, command_id) primary keys back it up.
 */
import type { CommandAck, MeetingEvent } from '@percolate/shared';
import pg from 'pg';
import { type Logger, silentLogger } from '../logger.js';
import { Contention } from './contention.js';
import { type Attempt, appended, lockMeeting, type MeetingTables, tryAppend } from './pgAppend.js';
import { pgCommunities } from './pgCommunities.js';
import { pgDeliveries } from './pgDeliveries.js';
import { migratePostgres, quoteSchema } from './pgMigrate.js';
import { inTransaction } from './pgTransaction.js';
import {
  type EventRow,
  endedAtOf,
  eventsOf,
  lastSeqAfter,
  type MeetingRow,
  meetingColumns,
  meetingValues,
  newMeetingColumns,
  toEventValues,
  toMeetingEvent,
  toMeetingRecord,
} from './rows.js';
import {
  type CommittedCommand,
  JoinCodeTakenError,
  MeetingNotFoundError,
  type NewMeeting,
  SequenceConflictError,
  type Store,
} from './types.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Defaults to `public`; tests use a throwaway schema each. */
  schema?: string;
  /** Where a connection that broke while idle in the pool is reported. */
  logger?: Logger;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Every I/O with PostgreSQL is bounded, so a database that stops answering costs a command an
 * error within a few seconds (answered `INTERNAL`), never a hang: connecting, each query as the
 * client waits for it, each statement as the server runs it, a transaction left idle (a node
 * that froze mid-write holds no row lock for long), and TCP keep-alive for a link that died
 * silently. Our statements take milliseconds; these limits are for faults only.
 */
const CONNECT_TIMEOUT_MS = 1_500;
const QUERY_TIMEOUT_MS = 1_500;
const STATEMENT_TIMEOUT_MS = 1_200;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 5_000;
const KEEP_ALIVE_DELAY_MS = 10_000;

const poolOptions = (connectionString: string): pg.PoolConfig => ({
  connectionString,
  connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  query_timeout: QUERY_TIMEOUT_MS,
  statement_timeout: STATEMENT_TIMEOUT_MS,
  idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  keepAlive: true,
  keepAliveInitialDelayMillis: KEEP_ALIVE_DELAY_MS,
});

export async function openPostgresStore({
  connectionString,
  schema = 'public',
  logger = silentLogger,
}: PostgresStoreOptions): Promise<Store> {
  const quoted = quoteSchema(schema);
  // Migrations run on a pool of their own without the statement limits: nodes starting together
  // wait for each other's migration under an advisory lock.
  const migrations = new pg.Pool({
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: 1,
  });
  try {
    await migratePostgres(migrations, schema);
  } finally {
    await migrations.end();
  }
  const pool = new pg.Pool(poolOptions(connectionString));
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => logger.warn('PostgreSQL idle connection lost', { error }));

  const meetings = `${quoted}.meetings`;
  const events = `${quoted}.events`;
  const tables: MeetingTables = { meetings, events, commands: `${quoted}.commands` };
  /**
   * A meeting no other node writes is appended in one statement (one round trip, the row locked
   * only while it runs). Where another node wrote lately, most such statements would find its
   * newer events and have to be tried again; there the append waits for the meeting's lock
   * instead, reads the other's events under it and goes next: it waits, but never loses a race.
   */
  const contention = new Contention();

  const insertEvents = async (client: pg.PoolClient, meetingId: string, list: MeetingEvent[]) => {
    if (list.length === 0) return;
    const rows = list.map(toEventValues);
    try {
      await client.query(
        `INSERT INTO ${events} (meeting_id, seq, at, type, command_id, body)
         SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::json[])`,
        [
          meetingId,
          rows.map((row) => row.seq),
          rows.map((row) => row.at),
          rows.map((row) => row.type),
          rows.map((row) => row.commandId),
          rows.map((row) => row.body),
        ],
      );
    } catch (error) {
      // Unreachable while last_seq is compared first; kept as the backstop the key promises.
      if (isUniqueViolation(error)) {
        throw new SequenceConflictError(meetingId, (rows[0]?.seq ?? 1) - 1);
      }
      throw error;
    }
  };

  const readEvents = async (on: pg.Pool | pg.PoolClient, meetingId: string, afterSeq: number) => {
    const result = await on.query<EventRow>(
      `SELECT seq, at, command_id, body FROM ${events}
       WHERE meeting_id = $1 AND seq > $2 ORDER BY seq`,
      [meetingId, afterSeq],
    );
    return result.rows.map(toMeetingEvent);
  };

  /** A new meeting's row and first events, inside the caller's transaction. */
  const insertMeeting = async (client: pg.PoolClient, { record, events: first }: NewMeeting) => {
    const lastSeq = lastSeqAfter(0, first);
    try {
      await client.query(
        `INSERT INTO ${meetings} (${newMeetingColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...meetingValues(record, lastSeq)],
      );
    } catch (error) {
      if (isUniqueViolation(error) && error.constraint === 'meetings_join_code_key') {
        throw new JoinCodeTakenError(record.joinCode);
      }
      throw error;
    }
    await insertEvents(client, record.id, first);
  };

  const queueDeliveries = async (
    client: pg.PoolClient,
    meetingId: string,
    expectedSeq: number,
    endedAt: number,
  ) => {
    await client.query(
      `INSERT INTO ${quoted}.deliveries
         (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
       SELECT m.id, t.id, t.community_id, 'pending', 0, $3, $3
       FROM ${meetings} m JOIN ${quoted}.delivery_targets t
         ON t.community_id = m.community_id OR t.meeting_id = m.id
       WHERE m.id = $1 AND m.last_seq = $2 AND m.ended_at IS NULL
       ON CONFLICT DO NOTHING`,
      [meetingId, expectedSeq, endedAt],
    );
  };

  /**
   * One try at an append. With the meeting's end, its deliveries are queued in the same
   * transaction (the outbox, #17), and taken back again should the append not take.
   */
  const attempt = async (
    on: pg.Pool | pg.PoolClient,
    meetingId: string,
    seq: number,
    batch: CommittedCommand[],
  ): Promise<Attempt> => {
    const endedAt = endedAtOf(eventsOf(batch));
    if (endedAt === null) return tryAppend(on, tables, meetingId, seq, batch);
    const withOutbox = async (client: pg.PoolClient) => {
      await client.query('SAVEPOINT outbox');
      await queueDeliveries(client, meetingId, seq, endedAt);
      const tried = await tryAppend(client, tables, meetingId, seq, batch);
      const took = tried.kind === 'appended';
      await client.query(took ? 'RELEASE SAVEPOINT outbox' : 'ROLLBACK TO SAVEPOINT outbox');
      return tried;
    };
    return 'release' in on ? withOutbox(on) : inTransaction(on, withOutbox);
  };

  const findOne = async (where: string, value: string) => {
    const result = await pool.query<MeetingRow>(
      `SELECT ${meetingColumns} FROM ${meetings} WHERE ${where} = $1`,
      [value],
    );
    const row = result.rows[0];
    return row ? toMeetingRecord(row) : null;
  };

  return {
    ...pgCommunities(pool, quoted, { isUniqueViolation, insertMeeting }),
    ...pgDeliveries(pool, quoted),
    async createMeeting(record, firstEvents) {
      await inTransaction(pool, (client) => insertMeeting(client, { record, events: firstEvents }));
    },
    findMeeting: (id) => findOne('id', id),
    findMeetingByJoinCode: (joinCode) => findOne('join_code', joinCode),
    loadEvents: (meetingId, afterSeq = 0) => readEvents(pool, meetingId, afterSeq),
    async append(meetingId, expectedSeq, batch) {
      appended(await attempt(pool, meetingId, expectedSeq, batch), meetingId, expectedSeq);
    },
    async appendInTurn(meetingId, expectedSeq, batch, redecide) {
      let seq = expectedSeq;
      let decided = batch;
      /** Another writer's events, found after `seq`: the batch is decided again after them. */
      const follow = (newer: MeetingEvent[]) => {
        const last = newer.at(-1);
        if (!last) return;
        contention.seen(meetingId);
        seq = last.seq;
        decided = redecide(newer);
      };
      if (!contention.recent(meetingId)) {
        const tried = await attempt(pool, meetingId, seq, decided);
        if (tried.kind !== 'moved') return appended(tried, meetingId, seq);
        logger.debug('append lost a race to another node; waiting for the meeting lock', {
          meetingId,
          seq,
        });
        follow(tried.newer);
        if (decided.length === 0) return;
      }
      await inTransaction(pool, async (client) => {
        const locked = await lockMeeting(client, tables, meetingId, seq);
        if (!locked) throw new MeetingNotFoundError(meetingId);
        const newer = locked.newer;
        const seen = newer.at(-1)?.seq ?? seq;
        if (seen < locked.lastSeq) newer.push(...(await readEvents(client, meetingId, seen)));
        follow(newer);
        if (decided.length === 0) return;
        appended(await attempt(client, meetingId, seq, decided), meetingId, seq);
      });
    },
    async findCommandAck(meetingId, commandId) {
      const result = await pool.query<{ ack: CommandAck }>(
        `SELECT ack FROM ${tables.commands} WHERE meeting_id = $1 AND command_id = $2`,
        [meetingId, commandId],
      );
      return result.rows[0]?.ack ?? null;
    },
    async listMeetings() {
      const result = await pool.query<MeetingRow>(
        `SELECT ${meetingColumns} FROM ${meetings} ORDER BY created_at, id`,
      );
      return result.rows.map(toMeetingRecord);
    },
    async listMeetingsEndedBefore(cutoff) {
      const result = await pool.query<MeetingRow>(
        `SELECT ${meetingColumns} FROM ${meetings} WHERE ended_at < $1 ORDER BY ended_at, id`,
        [cutoff],
      );
      return result.rows.map(toMeetingRecord);
    },
    async deleteMeeting(id) {
      await pool.query(`DELETE FROM ${meetings} WHERE id = $1`, [id]);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}

function isUniqueViolation(error: unknown): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION;
}
