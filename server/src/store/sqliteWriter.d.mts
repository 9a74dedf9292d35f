import type Database from 'better-sqlite3';
import type { StreamKind, StreamTables } from './streamTables.mjs';

export declare const BUSY_TIMEOUT_MS: number;
export declare const openConnection: (file: string) => Database.Database;
export declare const isConstraintViolation: (error: unknown) => boolean;
export declare const insertEventSql: (tables: StreamTables) => string;

/** One append as table rows, made by the main thread. */
export interface AppendRows {
  stream: StreamKind;
  streamId: string;
  expectedSeq: number;
  lastSeq: number;
  /** When the append ends the stream (only a meeting ends), else null. */
  endedAt: number | null;
  /** Each event's values in its table's `eventColumns` order. */
  events: (string | number)[][];
  /** command id, ack (JSON). */
  acks: [string, string][];
}

export type WireError =
  | { kind: 'conflict'; stream: StreamKind; streamId: string; expectedSeq: number }
  | { kind: 'duplicate'; stream: StreamKind; streamId: string; commandId: string }
  | { kind: 'notFound'; stream: StreamKind; streamId: string }
  | { kind: 'other'; name: string; message: string };

export type WireOutcome = { ok: true } | { ok: false; error: WireError };

/** Appends handed to the writer, each with the id its answer comes back under. */
export type Handover = { id: number; rows: AppendRows }[];

/** What the writer answers for one group. */
export interface Committed {
  outcomes: { id: number; outcome: WireOutcome }[];
  elapsedMs: number;
}

export declare const groupedWriter: (
  db: Database.Database,
  answer: (committed: Committed) => void,
) => { take(appends: Handover): void; flush(): void };
