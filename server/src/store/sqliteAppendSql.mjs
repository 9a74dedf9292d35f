// The SQL of the append path, in plain JavaScript so that the writer thread can load it without a
// TypeScript loader (starting one per thread costs most of a second). It takes rows the main
// thread already prepared (`sqliteAppends.ts`) and answers with plain data, not error classes,
// since its answers cross the thread boundary.
import Database from 'better-sqlite3';

export const INSERT_EVENT_SQL =
  'INSERT INTO events (meeting_id, seq, at, type, command_id, body) VALUES (?, ?, ?, ?, ?, ?)';

/** How long a writer waits for another connection's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

export const isConstraintViolation = (error) =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');

/** Thrown inside the transaction to roll one meeting's savepoint back with a plain-data reason. */
class Refused extends Error {
  constructor(reason) {
    super(reason.kind);
    this.reason = reason;
  }
}

const DONE = { ok: true };

/**
 * Writes groups of appends, each group in one IMMEDIATE transaction (one fsync; IMMEDIATE takes
 * the write lock up front, so no other connection slips in between the checks and the inserts),
 * each append in its own savepoint, so a refused one is rolled back alone. Appends to one meeting
 * run in order, so each sees the ones before. Returns one outcome per append.
 */
export const appendGroupWriter = (db) => {
  const lastSeqOf = db.prepare('SELECT last_seq FROM meetings WHERE id = ?').pluck();
  const setLastSeq = db.prepare(
    'UPDATE meetings SET last_seq = ?, ended_at = COALESCE(ended_at, ?) WHERE id = ?',
  );
  const insertEvent = db.prepare(INSERT_EVENT_SQL);
  const insertCommand = db.prepare(
    'INSERT INTO commands (meeting_id, command_id, ack) VALUES (?, ?, ?)',
  );
  // The outbox (#17): the minutes' deliveries are queued with the end itself, so neither a crash
  // nor a failed commit can leave an ended meeting without them, or them without the end.
  const queueDeliveries = db.prepare(
    `INSERT OR IGNORE INTO deliveries
       (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
     SELECT m.id, t.id, t.community_id, 'pending', 0, @endedAt, @endedAt
     FROM meetings m
     JOIN delivery_targets t ON t.community_id = m.community_id OR t.meeting_id = m.id
     WHERE m.id = @meetingId AND m.ended_at IS NULL`,
  );

  const append = db.transaction(({ meetingId, expectedSeq, lastSeq, endedAt, events, acks }) => {
    const current = lastSeqOf.get(meetingId);
    if (current === undefined) throw new Refused({ kind: 'notFound', meetingId });
    if (current !== expectedSeq) throw new Refused({ kind: 'conflict', meetingId, expectedSeq });
    for (const [seq, at, type, commandId, body] of events) {
      try {
        insertEvent.run(meetingId, seq, at, type, commandId, body);
      } catch (error) {
        // Unreachable while last_seq is checked first; kept as the backstop the key promises.
        if (!isConstraintViolation(error)) throw error;
        throw new Refused({ kind: 'conflict', meetingId, expectedSeq: seq - 1 });
      }
    }
    for (const [commandId, ack] of acks) {
      try {
        insertCommand.run(meetingId, commandId, ack);
      } catch (error) {
        if (!isConstraintViolation(error)) throw error;
        throw new Refused({ kind: 'duplicate', meetingId, commandId });
      }
    }
    if (endedAt !== null) queueDeliveries.run({ meetingId, endedAt });
    setLastSeq.run(lastSeq, endedAt, meetingId);
  });

  const group = db.transaction((appends) =>
    appends.map((rows) => {
      try {
        append(rows);
        return DONE;
      } catch (error) {
        // Some failures (I/O, disk full) make SQLite roll back the whole transaction itself.
        if (!db.inTransaction) throw error;
        return { ok: false, error: error instanceof Refused ? error.reason : asOther(error) };
      }
    }),
  );

  return (appends) => {
    try {
      return group.immediate(appends);
    } catch (error) {
      const failed = { ok: false, error: asOther(error) };
      return appends.map(() => failed);
    }
  };
};

/** Any other failure, as its message (a built-in error's kind survives the thread boundary). */
const asOther = (error) => ({
  kind: 'other',
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});
