/** What the bench compares: the bare relay, and our server on each store. */
import { join } from 'node:path';
import { createMeetings } from './createMeetings.js';
import { type RoomPlan, TargetKind } from './messages.js';

export interface Variant {
  name: string;
  target: TargetKind;
  serverFile: string;
  /** The server's environment, given a fresh scratch directory for this run. */
  env(scratchDir: string): NodeJS.ProcessEnv;
  /** Server processes (default 1); the clients of each room are dealt out to them in turn. */
  nodes?: number;
  /** Services a run needs (a throwaway schema, a Redis prefix): their environment, and the undoing. */
  setUp?(): Promise<{ env: NodeJS.ProcessEnv; tearDown(): Promise<void> }>;
  /** `label` keeps the warm-up's rooms apart from the measured ones. */
  prepareRooms(baseUrl: string, count: number, label: string): Promise<RoomPlan[]>;
}

const bare: Variant = {
  name: 'bare',
  target: TargetKind.Bare,
  serverFile: './bareRelay.ts',
  env: () => ({}),
  prepareRooms: async (_baseUrl, count, label) =>
    Array.from({ length: count }, (_, index) => ({ id: `${label}-${index}` })),
};

const sqlite: Variant = {
  name: 'sqlite',
  target: TargetKind.Ours,
  serverFile: './ourServer.ts',
  env: (scratchDir) => ({ BENCH_STORE: 'sqlite', BENCH_SQLITE_FILE: join(scratchDir, 'bench.db') }),
  prepareRooms: createMeetings,
};

const postgres: Variant = {
  name: 'postgres',
  target: TargetKind.Ours,
  serverFile: './ourServer.ts',
  env: () => ({ BENCH_STORE: 'postgres' }),
  prepareRooms: createMeetings,
};

export const VARIANTS: readonly Variant[] = [bare, sqlite, postgres];

/** The bare relay is always run: every figure of ours is read against it. */
export const selectVariants = (names: string[]): Variant[] => {
  const unknown = names.filter((name) => !VARIANTS.some((variant) => variant.name === name));
  if (unknown.length > 0) throw new Error(`unknown variant(s): ${unknown.join(', ')}`);
  if (names.includes('postgres') && !process.env.DATABASE_URL) {
    throw new Error('the postgres variant needs DATABASE_URL');
  }
  return VARIANTS.filter((variant) => variant.name === 'bare' || names.includes(variant.name));
};
