/**
 * The SQLite append path as the store sees it: an append becomes table rows here, on the main
 * thread, and is written with the others of its group by `sqliteAppendSql.mjs`: on the writer
 * thread for a database file, in place for an in-memory one, which no other thread can open.
 */
import type Database from 'better-sqlite3';
import { endedAtOf, eventsOf, lastSeqAfter, toEventValues } from './rows.js';
import { sameTickGroup } from './sameTickGroup.js';
import { type AppendRows, appendGroupWriter } from './sqliteAppendSql.mjs';
import { fromWire } from './sqliteWriterProtocol.js';
import { startSqliteWriter } from './sqliteWriterThread.js';
import type { CommittedCommand } from './types.js';

export interface AppendPath {
  /** Resolves once the append's group is committed; rejects with the store's own errors. */
  submit(meetingId: string, expectedSeq: number, batch: CommittedCommand[]): Promise<void>;
  /** Commits what was submitted, then lets go of the thread. */
  close(): Promise<void>;
}

export type OnAppendsCommitted = (appends: number, elapsedMs: number) => void;

export const toAppendRows = (
  meetingId: string,
  expectedSeq: number,
  batch: readonly CommittedCommand[],
): AppendRows => {
  const events = eventsOf(batch);
  return {
    meetingId,
    expectedSeq,
    lastSeq: lastSeqAfter(expectedSeq, events),
    endedAt: endedAtOf(events),
    events: events.map((event) => {
      const row = toEventValues(event);
      return [row.seq, row.at, row.type, row.commandId, row.body];
    }),
    acks: batch.map((command) => [command.commandId, JSON.stringify(command.ack)]),
  };
};

const inPlace = (db: Database.Database, onCommitted?: OnAppendsCommitted) => {
  const write = appendGroupWriter(db);
  const group = sameTickGroup((appends: readonly AppendRows[]) => {
    const startedAt = performance.now();
    const outcomes = write(appends).map((outcome) =>
      outcome.ok ? outcome : { ok: false as const, error: fromWire(outcome.error) },
    );
    onCommitted?.(appends.length, performance.now() - startedAt);
    return outcomes;
  });
  return { submit: group.submit, close: async () => group.flushNow() };
};

export const appendPath = (
  db: Database.Database,
  file: string,
  onCommitted?: OnAppendsCommitted,
): AppendPath => {
  const writer =
    file === ':memory:' ? inPlace(db, onCommitted) : startSqliteWriter(file, onCommitted);
  return {
    submit: (meetingId, expectedSeq, batch) => {
      let rows: AppendRows;
      try {
        rows = toAppendRows(meetingId, expectedSeq, batch);
      } catch (error) {
        return Promise.reject(error);
      }
      return writer.submit(rows);
    },
    close: () => writer.close(),
  };
};
