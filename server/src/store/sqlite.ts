/**
 * The embedded store: one SQLite file (WAL, synchronous=FULL). better-sqlite3 is synchronous, so
 * each commit with its fsync stops the event loop. The server batches each meeting's commands, and
 * this store groups the appends of all meetings made in one turn of the event loop into one
 * transaction (one fsync), each meeting's part in its own savepoint.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CommandAck, MeetingEvent } from '@percolate/shared';
import Database from 'better-sqlite3';
import { Dialect, loadMigrations, pendingMigrations } from './migrations.js';
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
import { JOB_DONE, type JobOutcome, sameTickGroup } from './sameTickGroup.js';
import { sqliteCommunities } from './sqliteCommunities.js';
import {
  type CommittedCommand,
  DuplicateCommandError,
  JoinCodeTakenError,
  MeetingNotFoundError,
  type MeetingRecord,
  SequenceConflictError,
  type Store,
} from './types.js';

export interface SqliteStoreOptions {
  /** Path of the database file (its directory is created if missing), or ':memory:'. */
  file: string;
  /**
   * Called after each grouped commit with how many appends it carried and how long the
   * transaction (with its fsync) held the event loop (tests, metrics).
   */
  onAppendsCommitted?: (appends: number, elapsedMs: number) => void;
}

interface AppendJob {
  meetingId: string;
  expectedSeq: number;
  batch: CommittedCommand[];
}

/** How long a writer waits for another connection's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

export function openSqliteStore({ file, onAppendsCommitted }: SqliteStoreOptions): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const sql = {
    insertMeeting: db.prepare(
      `INSERT INTO meetings (${newMeetingColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
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
    lastSeq: db.prepare<[string], number>('SELECT last_seq FROM meetings WHERE id = ?').pluck(),
    setLastSeq: db.prepare(
      'UPDATE meetings SET last_seq = ?, ended_at = COALESCE(ended_at, ?) WHERE id = ?',
    ),
    insertEvent: db.prepare(
      'INSERT INTO events (meeting_id, seq, at, type, command_id, body) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    eventsAfter: db.prepare<[string, number], EventRow>(
      'SELECT seq, at, command_id, body FROM events WHERE meeting_id = ? AND seq > ? ORDER BY seq',
    ),
    insertCommand: db.prepare(
      'INSERT INTO commands (meeting_id, command_id, ack) VALUES (?, ?, ?)',
    ),
    ack: db
      .prepare<[string, string], string>(
        'SELECT ack FROM commands WHERE meeting_id = ? AND command_id = ?',
      )
      .pluck(),
  };

  const insertEvents = (meetingId: string, events: readonly MeetingEvent[]) => {
    for (const event of events) {
      const row = toEventValues(event);
      try {
        sql.insertEvent.run(meetingId, row.seq, row.at, row.type, row.commandId, row.body);
      } catch (error) {
        // Unreachable while last_seq is checked first; kept as the backstop the key promises.
        if (isConstraintViolation(error)) throw new SequenceConflictError(meetingId, row.seq - 1);
        throw error;
      }
    }
  };

  const createMeeting = db.transaction((record: MeetingRecord, firstEvents: MeetingEvent[]) => {
    const lastSeq = lastSeqAfter(0, firstEvents);
    try {
      sql.insertMeeting.run(...meetingValues(record, lastSeq));
    } catch (error) {
      if (isUniqueViolation(error)) throw new JoinCodeTakenError(record.joinCode);
      throw error;
    }
    insertEvents(record.id, firstEvents);
  });

  const append = db.transaction(
    (meetingId: string, expectedSeq: number, batch: CommittedCommand[]) => {
      const current = sql.lastSeq.get(meetingId);
      if (current === undefined) throw new MeetingNotFoundError(meetingId);
      if (current !== expectedSeq) throw new SequenceConflictError(meetingId, expectedSeq);
      const events = eventsOf(batch);
      const lastSeq = lastSeqAfter(expectedSeq, events);
      insertEvents(meetingId, events);
      for (const command of batch) {
        try {
          sql.insertCommand.run(meetingId, command.commandId, JSON.stringify(command.ack));
        } catch (error) {
          if (isConstraintViolation(error)) {
            throw new DuplicateCommandError(meetingId, command.commandId);
          }
          throw error;
        }
      }
      sql.setLastSeq.run(lastSeq, endedAtOf(events), meetingId);
    },
  );

  // Called inside the group's transaction, `append` runs in a savepoint: a meeting's refused part
  // is rolled back alone. Appends to one meeting run in call order, so each sees the ones before.
  const appendGroup = db.transaction((jobs: readonly AppendJob[]) =>
    jobs.map((job): JobOutcome => {
      try {
        append(job.meetingId, job.expectedSeq, job.batch);
        return JOB_DONE;
      } catch (error) {
        // Some failures (I/O, disk full) make SQLite roll back the whole transaction itself.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );
  const appends = sameTickGroup((jobs: readonly AppendJob[]) => {
    // IMMEDIATE takes the write lock up front, so another process cannot slip in between the
    // last_seq checks and the inserts.
    const startedAt = performance.now();
    const outcomes = appendGroup.immediate(jobs);
    onAppendsCommitted?.(jobs.length, performance.now() - startedAt);
    return outcomes;
  });

  return {
    ...sqliteCommunities(db, isUniqueViolation, isConstraintViolation),
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
    async loadEvents(meetingId, afterSeq = 0) {
      return sql.eventsAfter.all(meetingId, afterSeq).map(toMeetingEvent);
    },
    append(meetingId, expectedSeq, batch) {
      // Resolves only after the group's COMMIT: the server acknowledges on resolution.
      return appends.submit({ meetingId, expectedSeq, batch });
    },
    async findCommandAck(meetingId, commandId) {
      const ack = sql.ack.get(meetingId, commandId);
      return ack === undefined ? null : (JSON.parse(ack) as CommandAck);
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
    async close() {
      if (!db.open) return;
      appends.flushNow();
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

function isConstraintViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
}

/** The only UNIQUE columns besides primary keys are the join code and the invite code. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
