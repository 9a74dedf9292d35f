/**
 * An append as table rows, made on the main thread, the same for every SQL store: SQLite's writer
 * and PostgreSQL's `append_group` (migration 005) both take this shape.
 */
import type { Numbered, StreamAppend, StreamCodec } from './eventStream.js';
import { lastSeqAfter } from './rows.js';
import type { AppendRows } from './sqliteWriter.mjs';

export type { AppendRows };

/** Events numbered out of order are the caller's bug: RangeError. */
export const toAppendRows = <Event extends Numbered>(
  codec: StreamCodec<Event, unknown>,
  streamId: string,
  expectedSeq: number,
  { events, commands }: StreamAppend<Event>,
): AppendRows => ({
  stream: codec.tables.kind,
  streamId,
  expectedSeq,
  lastSeq: lastSeqAfter(expectedSeq, events),
  endedAt: codec.endedAt(events),
  events: events.map(codec.toRow),
  acks: commands.map((command) => [command.commandId, JSON.stringify(command.ack)]),
});
