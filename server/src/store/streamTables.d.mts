export type StreamKind = 'meeting' | 'community';

export interface StreamTables {
  kind: StreamKind;
  /** The table of the streams themselves (a meeting, a community), with `id` and `last_seq`. */
  owners: string;
  events: string;
  commands: string;
  /** The column of `events` and `commands` naming the stream. */
  key: string;
  /** The columns of `events` after the key, with their PostgreSQL types, in row order. */
  eventColumns: readonly (readonly [name: string, pgType: string])[];
}

export declare const STREAMS: Readonly<Record<StreamKind, StreamTables>>;

export declare const readColumns: (tables: StreamTables) => string[];
