/**
 * The SQLite append path as the store sees it: an append becomes table rows here, on the main
 * thread, and what one synchronous stretch appended is handed to the writer (`sqliteWriter.mjs`)
 * together, at once (a microtask): waiting a turn of the event loop delayed every append by all
 * the I/O of that turn. The writer commits whatever was handed over meanwhile as one group
 * (`sqliteWriterLinks.ts` says how it is reached).
 */
import type Database from 'better-sqlite3';
import { toAppendRows } from './appendRows.js';
import type { Numbered, StreamAppend, StreamCodec } from './eventStream.js';
import type { Handover, WireError } from './sqliteWriter.mjs';
import { inPlace, writerThread } from './sqliteWriterLinks.js';
import {
  DuplicateCommandError,
  SequenceConflictError,
  StreamNotFoundError,
} from './streamErrors.js';

export interface AppendPath {
  /** Resolves once the append's group is committed; rejects with the store's own errors. */
  submit<Event extends Numbered>(
    codec: StreamCodec<Event, unknown>,
    streamId: string,
    expectedSeq: number,
    append: StreamAppend<Event>,
  ): Promise<void>;
  /** Commits what was submitted, then lets go of the writer. */
  close(): Promise<void>;
}

export type OnAppendsCommitted = (appends: number, elapsedMs: number) => void;

const fromWire = (error: WireError): Error => {
  switch (error.kind) {
    case 'conflict':
      return new SequenceConflictError(error.stream, error.streamId, error.expectedSeq);
    case 'duplicate':
      return new DuplicateCommandError(error.stream, error.streamId, error.commandId);
    case 'notFound':
      return new StreamNotFoundError(error.stream, error.streamId);
    case 'other':
      return Object.assign(new Error(error.message), { name: error.name });
  }
};

export const appendPath = (
  db: Database.Database,
  file: string,
  onCommitted?: OnAppendsCommitted,
): AppendPath => {
  type Waiting = { resolve: () => void; reject: (error: unknown) => void };
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let failure: Error | null = null;
  let closing: Promise<void> | null = null;
  let outbox: Handover = [];

  const writer = (file === ':memory:' ? inPlace(db) : writerThread(file))({
    answer: ({ outcomes, elapsedMs }) => {
      onCommitted?.(outcomes.length, elapsedMs);
      for (const { id, outcome } of outcomes) {
        const entry = waiting.get(id);
        waiting.delete(id);
        if (outcome.ok) entry?.resolve();
        else entry?.reject(fromWire(outcome.error));
      }
      writer.hold(waiting.size > 0);
    },
    fail: (error) => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    },
  });

  const handOver = () => {
    const appends = outbox;
    outbox = [];
    if (appends.length > 0) writer.hand(appends);
  };

  return {
    submit: (codec, streamId, expectedSeq, append) =>
      new Promise<void>((resolve, reject) => {
        if (failure || closing) {
          reject(failure ?? new Error('the SQLite store is closed'));
          return;
        }
        const rows = toAppendRows(codec, streamId, expectedSeq, append);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        writer.hold(true);
        if (outbox.length === 0) queueMicrotask(handOver);
        outbox.push({ id, rows });
      }),
    close: () => {
      if (!closing && failure) closing = Promise.resolve();
      if (!closing) {
        handOver();
        closing = writer.close();
      }
      return closing;
    },
  };
};
