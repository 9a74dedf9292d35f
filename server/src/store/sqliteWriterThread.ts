/**
 * The main thread's side of the SQLite writer thread (`sqliteWriter.mjs`): `submit` resolves once
 * the append's group is committed (the server acknowledges only then).
 */
import { Worker } from 'node:worker_threads';
import type { AppendRows } from './sqliteAppendSql.mjs';
import { type FromWriter, fromWire, type ToWriter } from './sqliteWriterProtocol.js';

type Waiting = { resolve: () => void; reject: (error: unknown) => void };

export const startSqliteWriter = (
  file: string,
  onCommitted?: (appends: number, elapsedMs: number) => void,
) => {
  const worker = new Worker(new URL('./sqliteWriter.mjs', import.meta.url), {
    workerData: { file },
    // Plain JavaScript: none of the parent's loaders (tsx) is needed, and starting one is slow.
    execArgv: [],
  });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let failure: Error | null = null;
  let closing: Promise<void> | null = null;
  let outbox: { id: number; rows: AppendRows }[] = [];
  const post = (message: ToWriter) => worker.postMessage(message);
  // What one synchronous stretch appended goes in one message. It is posted at once (a microtask),
  // not on the next turn of the event loop: waiting a turn delayed every append by all the I/O of
  // that turn. The writer still commits whatever arrived while it wrote as one group.
  const send = () => {
    const appends = outbox;
    outbox = [];
    if (appends.length > 0) post({ type: 'append', appends });
  };
  // Keeps the process alive only while an append waits for its commit.
  const updateRef = () => (waiting.size > 0 || closing ? worker.ref() : worker.unref());
  updateRef();

  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };

  worker.on('message', (message: FromWriter) => {
    if (message.type !== 'committed') return;
    onCommitted?.(message.outcomes.length, message.elapsedMs);
    for (const { id, outcome } of message.outcomes) {
      const entry = waiting.get(id);
      waiting.delete(id);
      if (outcome.ok) entry?.resolve();
      else entry?.reject(fromWire(outcome.error));
    }
    updateRef();
  });
  worker.on('error', (error: unknown) =>
    failAll(error instanceof Error ? error : new Error(String(error))),
  );
  worker.on('exit', (code) => failAll(new Error(`the SQLite writer thread exited (${code})`)));

  return {
    submit: (rows: AppendRows) =>
      new Promise<void>((resolve, reject) => {
        if (failure || closing) {
          reject(failure ?? new Error('the SQLite store is closed'));
          return;
        }
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        updateRef();
        if (outbox.length === 0) queueMicrotask(send);
        outbox.push({ id, rows });
      }),
    close: (): Promise<void> => {
      closing ??= new Promise<void>((resolve) => {
        if (failure) return resolve();
        worker.ref();
        worker.once('exit', () => resolve());
        send();
        post({ type: 'close' });
      });
      return closing;
    },
  };
};
