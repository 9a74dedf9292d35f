import type Database from 'better-sqlite3';

export declare const INSERT_EVENT_SQL: string;
export declare const BUSY_TIMEOUT_MS: number;
export declare const isConstraintViolation: (error: unknown) => boolean;

/** One append as table rows, made by the main thread. */
export interface AppendRows {
  meetingId: string;
  expectedSeq: number;
  lastSeq: number;
  endedAt: number | null;
  /** seq, at, type, command id, body (JSON). */
  events: [number, number, string, string, string][];
  /** command id, ack (JSON). */
  acks: [string, string][];
}

export type WireError =
  | { kind: 'conflict'; meetingId: string; expectedSeq: number }
  | { kind: 'duplicate'; meetingId: string; commandId: string }
  | { kind: 'notFound'; meetingId: string }
  | { kind: 'other'; name: string; message: string };

export type WireOutcome = { ok: true } | { ok: false; error: WireError };

export declare const appendGroupWriter: (
  db: Database.Database,
) => (appends: readonly AppendRows[]) => WireOutcome[];
