/** The messages between the bench and its child processes (servers and load generators). */

/** The environment variable that tells our bench server to run the build or the sources (`--app`). */
export const APP_ENV = 'BENCH_APP';

export interface ServerMetrics {
  rssBytes: number;
  heapUsedBytes: number;
  /** V8's young generation as committed now: it grows under allocation and counts in the RSS. */
  youngGenerationBytes: number;
  /** Event-loop delay since the measuring window opened. */
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** CPU time (user + system) since the measuring window opened. */
  cpuMs: number;
  /** The same split by thread (Linux only, else null): the event loop's thread and the rest. */
  threadCpu: { mainMs: number; othersMs: number } | null;
  store: StoreCounters | null;
}

/** What the server's store did in the measuring window (our server only). */
export interface StoreCounters {
  /** Store transactions (SQLite groups the appends that arrive while it writes into one). */
  appends: number;
  /** Commands they carried. */
  commands: number;
  /** Their time: SQLite's on its writer thread, PostgreSQL's synchronous part (on the event loop). */
  transactionMs: number;
}

export type ToServer =
  | { type: 'window:open' }
  /** Garbage-collects and measures; with a directory, also writes a heap snapshot there. */
  | { type: 'measure'; heapSnapshotDir?: string }
  | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'window:opened' }
  | { type: 'metrics'; metrics: ServerMetrics };

/** The Origin the bench's sockets and requests present (our server is told to allow it). */
export const BENCH_ORIGIN = 'http://bench.localhost';

export const TargetKind = { Bare: 'bare', Ours: 'ours' } as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];

export interface RoomPlan {
  /** The meeting id (ours) or the room name (bare). */
  id: string;
  facilitatorKey?: string;
}

/** What the rooms play: the meeting script, or the same meeting split into tables. */
export const ScriptKind = { Meeting: 'meeting', Tables: 'tables' } as const;
export type ScriptKind = (typeof ScriptKind)[keyof typeof ScriptKind];

export interface GeneratorPlan {
  target: TargetKind;
  /** The server nodes; a room's clients are dealt out to them in turn (client i to i mod n). */
  urls: string[];
  script: ScriptKind;
  /** Tables the tables script splits each meeting into. */
  tables: number;
  origin: string;
  rooms: RoomPlan[];
  participants: number;
  /** Commands per second this generator sends (its share of the overall rate). */
  rate: number;
  dotsPerParticipant: number;
  noteEdits: number;
  commandTimeoutMs: number;
  deliveryTimeoutMs: number;
  connectConcurrency: number;
}

/** Latency samples (ms) per command type. */
export type SamplesByType = Record<string, { ack: number[]; fanout: number[] }>;

/** The sample lists of one command type, created on first use. */
export const samplesFor = (samples: SamplesByType, type: string) => {
  const existing = samples[type];
  if (existing) return existing;
  const created = { ack: [] as number[], fanout: [] as number[] };
  samples[type] = created;
  return created;
};
/** Error counts by kind (`connect`, `ack-timeout`, `refused:WRONG_PHASE`, …). */
export type ErrorCounts = Record<string, number>;

/** Adds `from` to `into`; a kind counted 0 is left out, so a clean run reports no kinds at all. */
export const addErrorCounts = (into: ErrorCounts, from: ErrorCounts): ErrorCounts => {
  for (const [kind, count] of Object.entries(from)) {
    if (count > 0) into[kind] = (into[kind] ?? 0) + count;
  }
  return into;
};

export interface GeneratorResult {
  samples: SamplesByType;
  errors: ErrorCounts;
  commands: number;
  /** Commands whose broadcast had already arrived before they were sent (no-ops). */
  noops: number;
  elapsedMs: number;
  /** CPU time (user + system) the generator spent playing the script. */
  cpuMs: number;
  /** Payload bytes its clients received while it played the script. */
  receivedBytes: number;
  /** The most one of its clients received meanwhile. */
  maxReceivedBytes: number;
  /** Engine.io packets its clients received meanwhile. */
  receivedPackets: number;
}

export type ToGenerator =
  | { type: 'connect'; plan: GeneratorPlan }
  | { type: 'run' }
  | { type: 'close' };
export type FromGenerator =
  | { type: 'connected'; sockets: number }
  | { type: 'done'; result: GeneratorResult }
  | { type: 'failed'; message: string };
