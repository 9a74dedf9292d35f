/**
 * What the main thread and the SQLite writer thread tell each other. Refusals cross the thread
 * boundary as plain data and become the store's error classes again on the main thread.
 */
import type { AppendRows, WireError, WireOutcome } from './sqliteAppendSql.mjs';
import { DuplicateCommandError, MeetingNotFoundError, SequenceConflictError } from './types.js';

/** The appends of one turn of the main thread's event loop travel together and commit together. */
export type ToWriter =
  | { type: 'append'; appends: { id: number; rows: AppendRows }[] }
  | { type: 'close' };

export type FromWriter =
  | { type: 'committed'; outcomes: { id: number; outcome: WireOutcome }[]; elapsedMs: number }
  | { type: 'closed' };

export const fromWire = (error: WireError): Error => {
  switch (error.kind) {
    case 'conflict':
      return new SequenceConflictError(error.meetingId, error.expectedSeq);
    case 'duplicate':
      return new DuplicateCommandError(error.meetingId, error.commandId);
    case 'notFound':
      return new MeetingNotFoundError(error.meetingId);
    case 'other':
      return Object.assign(new Error(error.message), { name: error.name });
  }
};
