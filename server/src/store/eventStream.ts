/**
 * One event stream abstraction for meetings and communities alike, implemented once per database
 * (`sqliteStream.ts`, `pgStream.ts`) and described for each kind by a codec (`streamCodecs.ts`).
 */
import type { CommandAck } from '@percolate/shared';
import type { StreamKind, StreamTables } from './streamTables.mjs';

/** A command's id and its answer, stored with its events for exactly-once retries. */
export interface CommandRecord {
  commandId: string;
  ack: CommandAck;
}

/** What every stream's events carry. */
export interface Numbered {
  seq: number;
  type: string;
}

export interface StreamAppend<Event> {
  events: readonly Event[];
  /** A command may come without events: a refusal is stored all the same. */
  commands: readonly CommandRecord[];
}

export interface EventStream<Event> {
  readonly kind: StreamKind;
  /** Events with seq > afterSeq, in order; none for a stream it does not know. */
  readSince(streamId: string, afterSeq?: number): Promise<Event[]>;
  /**
   * Appends in ONE transaction, only if the stream's last seq is `expectedSeq` (else
   * SequenceConflictError). The events must be numbered expectedSeq + 1, + 2, … (else RangeError,
   * a bug of the caller). Each command id is stored with its ack under a UNIQUE constraint: an id
   * stored before, or repeated in the append, fails it with DuplicateCommandError. An unknown
   * stream fails it with StreamNotFoundError. A refused append writes nothing.
   */
  append(streamId: string, expectedSeq: number, append: StreamAppend<Event>): Promise<void>;
  /** The stored ack of a command that was already committed, or null. */
  findCommandAck(streamId: string, commandId: string): Promise<CommandAck | null>;
}

/** How one kind of stream maps to its tables' rows. */
export interface StreamCodec<Event, Row> {
  tables: StreamTables;
  /** The event's values in `tables.eventColumns` order. */
  toRow(event: Event): (string | number)[];
  /** An event from a row of its `readColumns`. */
  fromRow(row: Row): Event;
  /** When these events end the stream (a meeting's `meeting:ended`), else null. */
  endedAt(events: readonly Event[]): number | null;
}
