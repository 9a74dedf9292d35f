// The SQLite writer: what appends to event streams (meetings', communities') are written with,
// and when. In plain JavaScript so that the writer thread can load it without a TypeScript loader
// (starting one per thread costs most of a second). It takes rows the main thread already prepared
// (`sqliteAppends.ts`) and answers with plain data, not error classes, since its answers may cross
// a thread boundary. The same writer serves a database file on its thread and `:memory:` in place.
import Database from 'better-sqlite3';
import { STREAMS } from './streamTables.mjs';

/** How long a writer waits for another connection's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

/** A connection with the settings every connection needs (WAL is the file's own, set once). */
export const openConnection = (file) => {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // What is deleted (a meeting, a community) is overwritten in the file, not merely unlinked.
    db.pragma('secure_delete = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
};

export const isConstraintViolation = (error) =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');

export const insertEventSql = ({ events, key, eventColumns }) =>
  `INSERT INTO ${events} (${key}, ${eventColumns.map(([name]) => name).join(', ')})
   VALUES (?${', ?'.repeat(eventColumns.length)})`;

/** Thrown inside the transaction to roll one append's savepoint back with a plain-data reason. */
class Refused extends Error {
  constructor(reason) {
    super(reason.kind);
    this.reason = reason;
  }
}

const DONE = { ok: true };

/** One kind of stream's append, inside the group's transaction. */
const streamAppender = (db, tables) => {
  const { kind: stream, owners, commands, key } = tables;
  const lastSeqOf = db.prepare(`SELECT last_seq FROM ${owners} WHERE id = ?`).pluck();
  const setLastSeq = db.prepare(`UPDATE ${owners} SET last_seq = ? WHERE id = ?`);
  const insertEvent = db.prepare(insertEventSql(tables));
  const insertCommand = db.prepare(
    `INSERT INTO ${commands} (${key}, command_id, ack) VALUES (?, ?, ?)`,
  );
  return ({ streamId, expectedSeq, lastSeq, events, acks }) => {
    const current = lastSeqOf.get(streamId);
    if (current === undefined) throw new Refused({ kind: 'notFound', stream, streamId });
    if (current !== expectedSeq) {
      throw new Refused({ kind: 'conflict', stream, streamId, expectedSeq });
    }
    for (const values of events) {
      try {
        insertEvent.run(streamId, ...values);
      } catch (error) {
        // Unreachable while last_seq is checked first; kept as the backstop the key promises.
        if (!isConstraintViolation(error)) throw error;
        throw new Refused({ kind: 'conflict', stream, streamId, expectedSeq: values[0] - 1 });
      }
    }
    for (const [commandId, ack] of acks) {
      try {
        insertCommand.run(streamId, commandId, ack);
      } catch (error) {
        if (!isConstraintViolation(error)) throw error;
        throw new Refused({ kind: 'duplicate', stream, streamId, commandId });
      }
    }
    setLastSeq.run(lastSeq, streamId);
  };
};

/** A meeting's end: its `ended_at`, and the minutes' deliveries queued with it. */
const meetingEnder = (db) => {
  // The outbox (#17): the deliveries are queued with the end itself, so neither a crash nor a
  // failed commit can leave an ended meeting without them, or them without the end.
  const queueDeliveries = db.prepare(
    `INSERT OR IGNORE INTO deliveries
       (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
     SELECT m.id, t.id, t.community_id, 'pending', 0, @endedAt, @endedAt
     FROM meetings m
     JOIN delivery_targets t ON t.community_id = m.community_id OR t.meeting_id = m.id
     WHERE m.id = @meetingId AND m.ended_at IS NULL`,
  );
  const setEndedAt = db.prepare(
    'UPDATE meetings SET ended_at = @endedAt WHERE id = @meetingId AND ended_at IS NULL',
  );
  return (meetingId, endedAt) => {
    queueDeliveries.run({ meetingId, endedAt });
    setEndedAt.run({ meetingId, endedAt });
  };
};

/**
 * Writes groups of appends, each group in one IMMEDIATE transaction (one fsync; IMMEDIATE takes
 * the write lock up front, so no other connection slips in between the checks and the inserts),
 * each append in its own savepoint, so a refused one is rolled back alone. Appends to one stream
 * run in order, so each sees the ones before. Returns one outcome per append.
 */
const groupWriter = (db) => {
  const appendTo = {
    meeting: streamAppender(db, STREAMS.meeting),
    community: streamAppender(db, STREAMS.community),
  };
  const end = meetingEnder(db);
  const append = db.transaction((rows) => {
    appendTo[rows.stream](rows);
    if (rows.endedAt !== null) end(rows.streamId, rows.endedAt);
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

/**
 * The one grouping rule: the appends handed over are written together on the writer's next turn
 * of the event loop, in one transaction. What is handed over while it writes (and fsyncs) waits
 * and forms the next group, so groups grow with the load. `answer` hears each group's outcomes.
 */
export const groupedWriter = (db, answer) => {
  const write = groupWriter(db);
  let queued = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const group = queued;
    queued = [];
    if (group.length === 0) return;
    const startedAt = performance.now();
    const outcomes = write(group.map(({ rows }) => rows));
    answer({
      outcomes: group.map(({ id }, index) => ({ id, outcome: outcomes[index] })),
      elapsedMs: performance.now() - startedAt,
    });
  };

  return {
    take: (appends) => {
      queued.push(...appends);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
};

/** Any other failure, as its message (a built-in error's kind survives the thread boundary). */
const asOther = (error) => ({
  kind: 'other',
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});
