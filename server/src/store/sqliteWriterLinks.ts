/**
 * How the main thread's appends reach the SQLite writer (`sqliteWriter.mjs`) and its answers come
 * back: through the writer thread for a database file, in place for an in-memory database, which
 * no other thread can open.
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { type Committed, groupedWriter, type Handover } from './sqliteWriter.mjs';

export type WriterLink = (callbacks: {
  answer: (committed: Committed) => void;
  /** The writer is gone: every append waiting and to come fails with this. */
  fail: (error: Error) => void;
}) => {
  hand(appends: Handover): void;
  /** Told whether appends wait for their commit. */
  hold(waiting: boolean): void;
  /** Commits what was handed over, then lets go of the writer. */
  close(): Promise<void>;
};

type ToWriter = { type: 'append'; appends: Handover } | { type: 'close' };
type FromWriter = { type: 'committed'; committed: Committed } | { type: 'closed' };

export const inPlace =
  (db: Database.Database): WriterLink =>
  ({ answer }) => {
    const writer = groupedWriter(db, answer);
    return { hand: writer.take, hold: () => {}, close: async () => writer.flush() };
  };

/** The writer thread (`sqliteWriterThread.mjs`), with its own connection to the file. */
export const writerThread =
  (file: string): WriterLink =>
  ({ answer, fail }) => {
    const worker = new Worker(new URL('./sqliteWriterThread.mjs', import.meta.url), {
      workerData: { file },
      // Plain JavaScript: none of the parent's loaders (tsx) is needed, and starting one is slow.
      execArgv: [],
    });
    const post = (message: ToWriter) => worker.postMessage(message);
    let closing = false;
    worker.on('message', (message: FromWriter) => {
      if (message.type === 'committed') answer(message.committed);
    });
    worker.on('error', (error: unknown) =>
      fail(error instanceof Error ? error : new Error(String(error))),
    );
    worker.on('exit', (code) => fail(new Error(`the SQLite writer thread exited (${code})`)));
    worker.unref();
    return {
      hand: (appends) => post({ type: 'append', appends }),
      // Keeps the process alive only while an append waits for its commit.
      hold: (waiting) => (waiting || closing ? worker.ref() : worker.unref()),
      close: () =>
        new Promise<void>((resolve) => {
          closing = true;
          worker.ref();
          worker.once('exit', () => resolve());
          post({ type: 'close' });
        }),
    };
  };
