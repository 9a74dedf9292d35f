/** The main thread's link to the SQLite writer thread (`sqliteWriterThread.mjs`). */
import { Worker } from 'node:worker_threads';
import type { WriterLink } from './sqliteAppends.js';
import type { Committed, Handover } from './sqliteWriter.mjs';

type ToWriter = { type: 'append'; appends: Handover } | { type: 'close' };
type FromWriter = { type: 'committed'; committed: Committed } | { type: 'closed' };

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
