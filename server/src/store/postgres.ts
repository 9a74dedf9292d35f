/**
 * The store for several nodes: PostgreSQL through a pg Pool. Writers on different nodes are
 * serialised per meeting by a compare-and-set on `meetings.last_seq` under the meeting row's lock;
 * (meeting_id, seq) and (meeting_id, command_id) primary keys back it up.
 */
import type { MeetingEvent } from '@percolate/shared';
import pg from 'pg';
import { type Logger, silentLogger } from '../logger.js';
import { Contention } from './contention.js';
import { type Attempt, appended } from './pgAppend.js';
import { appendGroups, type OnAppendsCommitted } from './pgAppendGroups.js';
import { pgCommunities } from './pgCommunities.js';
import { pgDeliveries } from './pgDeliveries.js';
import { migratePostgres, quoteSchema } from './pgMigrate.js';
import { pgStream } from './pgStream.js';
import { inTransaction } from './pgTransaction.js';
import {
  lastSeqAfter,
  type MeetingRow,
  meetingColumns,
  meetingValues,
  newMeetingColumns,
  toMeetingRecord,
} from './rows.js';
import { communityCodec, meetingCodec } from './streamCodecs.js';
import { batchAppend, meetingStreamMethods } from './streamFacades.js';
import { JoinCodeTakenError, type NewMeeting, type Store, StreamNotFoundError } from './types.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Defaults to `public`; tests use a throwaway schema each. */
  schema?: string;
  /** Where a connection that broke while idle in the pool is reported. */
  logger?: Logger;
  /** Hears each committed append transaction (a group, or a contended append): for the bench. */
  onAppendsCommitted?: OnAppendsCommitted;
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
  onAppendsCommitted,
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

  const meetingsTable = `${quoted}.meetings`;

  /** Both kinds of stream append through one queue: meetings' and communities' appends share groups. */
  const groups = appendGroups(pool, quoted, onAppendsCommitted);
  const meetings = pgStream(pool, quoted, meetingCodec, groups);
  const communities = pgStream(pool, quoted, communityCodec, groups);
  /**
   * A meeting no other node writes is appended in the next group (one statement for the group, the
   * row locked only while it runs). Where another node wrote lately, most such statements would find its
   * newer events and have to be tried again; there the append waits for the meeting's lock
   * instead, reads the other's events under it and goes next: it waits, but never loses a race.
   */
  const contention = new Contention();

  /** A new meeting's row and first events, inside the caller's transaction. */
  const insertMeeting = async (client: pg.PoolClient, { record, events: first }: NewMeeting) => {
    const lastSeq = lastSeqAfter(0, first);
    try {
      await client.query(
        `INSERT INTO ${meetingsTable} (${newMeetingColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...meetingValues(record, lastSeq)],
      );
    } catch (error) {
      if (isUniqueViolation(error) && error.constraint === 'meetings_join_code_key') {
        throw new JoinCodeTakenError(record.joinCode);
      }
      throw error;
    }
    await meetings.insertFirst(client, record.id, first);
  };

  const appendedTo = (tried: Attempt<MeetingEvent>, meetingId: string, seq: number) =>
    appended(tried, meetings.tables, meetingId, seq);

  const findOne = async (where: string, value: string) => {
    const result = await pool.query<MeetingRow>(
      `SELECT ${meetingColumns} FROM ${meetingsTable} WHERE ${where} = $1`,
      [value],
    );
    const row = result.rows[0];
    return row ? toMeetingRecord(row) : null;
  };

  return {
    streams: { meetings, communities },
    ...meetingStreamMethods(meetings),
    ...pgCommunities(pool, quoted, communities, { isUniqueViolation, insertMeeting }),
    ...pgDeliveries(pool, quoted),
    async createMeeting(record, firstEvents) {
      await inTransaction(pool, (client) => insertMeeting(client, { record, events: firstEvents }));
    },
    findMeeting: (id) => findOne('id', id),
    findMeetingByJoinCode: (joinCode) => findOne('join_code', joinCode),
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
        const tried = await meetings.attempt(meetingId, seq, batchAppend(decided));
        if (tried.kind !== 'moved') return appendedTo(tried, meetingId, seq);
        logger.debug('append lost a race to another node; waiting for the meeting lock', {
          meetingId,
          seq,
        });
        follow(tried.newer);
        if (decided.length === 0) return;
      }
      const startedAt = performance.now();
      await inTransaction(pool, async (client) => {
        const locked = await meetings.lock(client, meetingId, seq);
        if (!locked) throw new StreamNotFoundError('meeting', meetingId);
        const newer = locked.newer;
        const seen = newer.at(-1)?.seq ?? seq;
        if (seen < locked.lastSeq) newer.push(...(await meetings.readOn(client, meetingId, seen)));
        follow(newer);
        if (decided.length === 0) return;
        appendedTo(
          await meetings.attempt(meetingId, seq, batchAppend(decided), client),
          meetingId,
          seq,
        );
      });
      onAppendsCommitted?.(1, performance.now() - startedAt);
    },
    async listMeetings() {
      const result = await pool.query<MeetingRow>(
        `SELECT ${meetingColumns} FROM ${meetingsTable} ORDER BY created_at, id`,
      );
      return result.rows.map(toMeetingRecord);
    },
    async listMeetingsEndedBefore(cutoff) {
      const result = await pool.query<MeetingRow>(
        `SELECT ${meetingColumns} FROM ${meetingsTable} WHERE ended_at < $1 ORDER BY ended_at, id`,
        [cutoff],
      );
      return result.rows.map(toMeetingRecord);
    },
    async deleteMeeting(id) {
      await pool.query(`DELETE FROM ${meetingsTable} WHERE id = $1`, [id]);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await groups.drained();
      if (!pool.ended) await pool.end();
    },
  };
}

function isUniqueViolation(error: unknown): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION;
}
