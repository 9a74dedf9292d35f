/**
 * The embedded store: one SQLite file (WAL, synchronous=FULL). better-sqlite3 is synchronous, so
 * a commit with its fsync would stop the event loop: the appends of both event streams, meetings'
 * and communities', go to a writer thread with its own connection (`sqliteAppends.ts`), which
 * commits whatever arrived meanwhile in one transaction (one fsync), each append in its own
 * savepoint. Reads and the rare other writes stay on this thread's connection.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MeetingEvent } from '@percolate/shared';
import Database from 'better-sqlite3';
import { Dialect, loadMigrations, pendingMigrations } from './migrations.js';
import {
  lastSeqAfter,
  type MeetingRow,
  meetingColumns,
  meetingValues,
  newMeetingColumns,
  toMeetingRecord,
} from './rows.js';
import { appendPath } from './sqliteAppends.js';
import { sqliteCommunities } from './sqliteCommunities.js';
import { sqliteDeliveries } from './sqliteDeliveries.js';
import { sqliteStream } from './sqliteStream.js';
import { openConnection } from './sqliteWriter.mjs';
import { communityCodec, meetingCodec } from './streamCodecs.js';
import { meetingStreamMethods } from './streamFacades.js';
import { JoinCodeTakenError, type MeetingRecord, type Store } from './types.js';

export interface SqliteStoreOptions {
  /** Path of the database file (its directory is created if missing), or ':memory:'. */
  file: string;
  /**
   * Called after each grouped commit with how many appends it carried and how long its
   * transaction (with its fsync) took, on the writer thread for a file (tests, metrics).
   */
  onAppendsCommitted?: (appends: number, elapsedMs: number) => void;
}

export function openSqliteStore({ file, onAppendsCommitted }: SqliteStoreOptions): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openConnection(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const sql = {
    insertMeeting: db.prepare(
      `INSERT INTO meetings (${newMeetingColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    meetingById: db.prepare<[string], MeetingRow>(
      `SELECT ${meetingColumns} FROM meetings WHERE id = ?`,
    ),
    meetingByJoinCode: db.prepare<[string], MeetingRow>(
      `SELECT ${meetingColumns} FROM meetings WHERE join_code = ?`,
    ),
    allMeetings: db.prepare<[], MeetingRow>(
      `SELECT ${meetingColumns} FROM meetings ORDER BY created_at, id`,
    ),
    endedBefore: db.prepare<[number], MeetingRow>(
      `SELECT ${meetingColumns} FROM meetings WHERE ended_at < ? ORDER BY ended_at, id`,
    ),
    deleteMeeting: db.prepare('DELETE FROM meetings WHERE id = ?'),
  };

  const appends = appendPath(db, file, onAppendsCommitted);
  const meetings = sqliteStream(db, appends, meetingCodec);
  const communities = sqliteStream(db, appends, communityCodec);

  const createMeeting = db.transaction((record: MeetingRecord, firstEvents: MeetingEvent[]) => {
    const lastSeq = lastSeqAfter(0, firstEvents);
    try {
      sql.insertMeeting.run(...meetingValues(record, lastSeq));
    } catch (error) {
      if (isUniqueViolation(error)) throw new JoinCodeTakenError(record.joinCode);
      throw error;
    }
    meetings.insertFirst(record.id, firstEvents);
  });

  return {
    streams: { meetings, communities },
    ...meetingStreamMethods(meetings),
    ...sqliteCommunities(db, communities, { isUniqueViolation, createMeeting }),
    ...sqliteDeliveries(db),
    async createMeeting(record, firstEvents) {
      createMeeting.immediate(record, firstEvents);
    },
    async findMeeting(id) {
      const row = sql.meetingById.get(id);
      return row ? toMeetingRecord(row) : null;
    },
    async findMeetingByJoinCode(joinCode) {
      const row = sql.meetingByJoinCode.get(joinCode);
      return row ? toMeetingRecord(row) : null;
    },
    async listMeetings() {
      return sql.allMeetings.all().map(toMeetingRecord);
    },
    async listMeetingsEndedBefore(cutoff) {
      return sql.endedBefore.all(cutoff).map(toMeetingRecord);
    },
    async deleteMeeting(id) {
      sql.deleteMeeting.run(id);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (!db.open) return;
      await appends.close();
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const run = db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
    );
    const applied = db.prepare<[], number>('SELECT version FROM schema_migrations').pluck().all();
    const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
    for (const migration of pendingMigrations(loadMigrations(Dialect.Sqlite), applied)) {
      db.exec(migration.sql);
      record.run(migration.version, Date.now());
    }
  });
  run.immediate();
}

/** The only UNIQUE columns besides primary keys are the join code and the invite code. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
