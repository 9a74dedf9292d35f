/** An event stream of the embedded store: read on the main connection, appended by the writer. */
import type { CommandAck } from '@percolate/shared';
import type Database from 'better-sqlite3';
import type { EventStream, Numbered, StreamCodec } from './eventStream.js';
import type { AppendPath } from './sqliteAppends.js';
import { insertEventSql } from './sqliteWriter.mjs';
import { readColumns } from './streamTables.mjs';

export interface SqliteStream<Event> extends EventStream<Event> {
  /** Inserts a new stream's first events inside the caller's transaction, after its row. */
  insertFirst(streamId: string, events: readonly Event[]): void;
}

export const sqliteStream = <Event extends Numbered, Row>(
  db: Database.Database,
  appends: AppendPath,
  codec: StreamCodec<Event, Row>,
): SqliteStream<Event> => {
  const { kind, events, commands, key } = codec.tables;
  const eventsAfter = db.prepare<[string, number], Row>(
    `SELECT ${readColumns(codec.tables).join(', ')} FROM ${events}
     WHERE ${key} = ? AND seq > ? ORDER BY seq`,
  );
  const ack = db
    .prepare<[string, string], string>(
      `SELECT ack FROM ${commands} WHERE ${key} = ? AND command_id = ?`,
    )
    .pluck();
  const insertEvent = db.prepare(insertEventSql(codec.tables));

  return {
    kind,
    async readSince(streamId, afterSeq = 0) {
      return eventsAfter.all(streamId, afterSeq).map((row) => codec.fromRow(row));
    },
    // Resolves only after the group's COMMIT: the server acknowledges on resolution.
    append: (streamId, expectedSeq, append) => appends.submit(codec, streamId, expectedSeq, append),
    async findCommandAck(streamId, commandId) {
      const stored = ack.get(streamId, commandId);
      return stored === undefined ? null : (JSON.parse(stored) as CommandAck);
    },
    insertFirst(streamId, first) {
      for (const event of first) insertEvent.run(streamId, ...codec.toRow(event));
    },
  };
};
