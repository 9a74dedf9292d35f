/**
 * The store for several nodes: PostgreSQL through a pg Pool. Writers on different nodes are
 * serialised per meeting by a compare-and-set on `meetings.last_seq`; (meeting_id, seq) and
 * (meeting_id, command_id) primary keys back it up.
 */
import type { CommandAck, MeetingEvent } from '@percolate/shared';
import pg from 'pg';
import { type Logger, silentLogger } from '../logger.js';
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
  DuplicateCommandError,
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
  const commands = `${quoted}.commands`;

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

  const insertCommands = async (
    client: pg.PoolClient,
    meetingId: string,
    batch: CommittedCommand[],
  ) => {
    if (batch.length === 0) return;
    // DO NOTHING + RETURNING tells which ids were already there (or repeated in the batch),
    // where a failed INSERT would only say that one was.
    const inserted = await client.query<{ command_id: string }>(
      `INSERT INTO ${commands} (meeting_id, command_id, ack)
       SELECT $1, * FROM unnest($2::text[], $3::json[])
       ON CONFLICT DO NOTHING RETURNING command_id`,
      [
        meetingId,
        batch.map((command) => command.commandId),
        batch.map((command) => JSON.stringify(command.ack)),
      ],
    );
    const fresh = new Set(inserted.rows.map((row) => row.command_id));
    for (const command of batch) {
      if (!fresh.delete(command.commandId)) {
        throw new DuplicateCommandError(meetingId, command.commandId);
      }
    }
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
    async loadEvents(meetingId, afterSeq = 0) {
      const result = await pool.query<EventRow>(
        `SELECT seq, at, command_id, body FROM ${events}
         WHERE meeting_id = $1 AND seq > $2 ORDER BY seq`,
        [meetingId, afterSeq],
      );
      return result.rows.map(toMeetingEvent);
    },
    async append(meetingId, expectedSeq, batch) {
      const list = eventsOf(batch);
      const lastSeq = lastSeqAfter(expectedSeq, list);
      const endedAt = endedAtOf(list);
      await inTransaction(pool, async (client) => {
        // The outbox (#17): the minutes' deliveries are queued in the same transaction as the
        // end, before the UPDATE below records it; if that finds another writer was first, the
        // transaction rolls back with them.
        if (endedAt !== null) await queueDeliveries(client, meetingId, expectedSeq, endedAt);
        // The UPDATE row-locks the meeting: a concurrent writer waits here, then finds last_seq
        // moved on and updates nothing.
        const claimed = await client.query(
          `UPDATE ${meetings} SET last_seq = $3, ended_at = COALESCE(ended_at, $4)
           WHERE id = $1 AND last_seq = $2`,
          [meetingId, expectedSeq, lastSeq, endedAt],
        );
        if (claimed.rowCount === 0) {
          const exists = await client.query(`SELECT 1 FROM ${meetings} WHERE id = $1`, [meetingId]);
          if (exists.rowCount === 0) throw new MeetingNotFoundError(meetingId);
          throw new SequenceConflictError(meetingId, expectedSeq);
        }
        await insertEvents(client, meetingId, list);
        await insertCommands(client, meetingId, batch);
      });
    },
    async findCommandAck(meetingId, commandId) {
      const result = await pool.query<{ ack: CommandAck }>(
        `SELECT ack FROM ${commands} WHERE meeting_id = $1 AND command_id = $2`,
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
