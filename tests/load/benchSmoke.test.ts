/**
 * The bench as a correctness test: a small run of the real pipeline (server and load-generator
 * processes, real sockets, the whole meeting script) that fails on any error, lost or doubled
 * delivery. It never looks at timings: disks and load differ 100× between machines.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dropSchema, throwawaySchema } from '../helpers/pgSchema.js';
import { describeWithService, POSTGRES, requireService } from '../helpers/services.js';
import { parseOptions } from './options.js';
import type { BenchResults } from './report.js';
import { runBench } from './runBench.js';

const ROOMS = 2;
const PARTICIPANTS = 5;
const SMOKE_FLAGS = [
  ['--rooms', ROOMS],
  ['--participants', PARTICIPANTS],
  ['--rate', 100],
  ['--rounds', 1],
  ['--generators', 1],
  ['--warmup', 0],
  ['--settle', 200],
  // Handshakes and acks on a loaded CI machine: a slow answer is not what the smoke looks for.
  ['--command-timeout', 30_000],
].flatMap(([flag, value]) => [String(flag), String(value)]);
/** Generous: a correctness test on a loaded CI machine, where one run takes a few seconds. */
const SMOKE_TIMEOUT_MS = 180_000;

/** Runs the bench on these variants (the bare relay always runs) and reads its results file. */
const smoke = async (only: string): Promise<BenchResults> => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-bench-smoke-'));
  try {
    const out = join(dir, 'bench-results.json');
    const options = parseOptions([...SMOKE_FLAGS, '--only', only, '--out', out]);
    if (options === 'help') throw new Error('the smoke asked for help');
    await runBench(options);
    return JSON.parse(await readFile(out, 'utf8')) as BenchResults;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * No error of any kind: among them `gap` (a broadcast skipped sequence numbers), `doubled` (one
 * repeated some) and `undelivered` (a command's broadcast never reached a member). Together they
 * say that every client received every sequence number exactly once.
 */
const expectCleanRuns = (results: BenchResults, variants: string[]) => {
  expect(Object.keys(results.variants).sort()).toEqual([...variants].sort());
  for (const name of variants) {
    const report = results.variants[name];
    expect(report?.median.sockets, `${name}: sockets`).toBe(ROOMS * PARTICIPANTS);
    expect(report?.median.commands, `${name}: commands`).toBeGreaterThan(0);
    expect(report?.errorKinds, `${name}: errors by kind`).toEqual({});
  }
};

describe('the bench, as a smoke test', () => {
  it('plays the meeting script on the bare relay and on SQLite, every broadcast reaching every client exactly once', {
    timeout: SMOKE_TIMEOUT_MS,
  }, async () => {
    expectCleanRuns(await smoke('bare,sqlite'), ['bare', 'sqlite']);
  });
});

const postgres = await requireService(POSTGRES);
describeWithService(postgres, 'the bench, as a smoke test, on PostgreSQL', (connectionString) => {
  const schema = throwawaySchema('percolate_bench_smoke');
  afterAll(async () => {
    vi.unstubAllEnvs();
    await dropSchema(connectionString, schema);
  });

  it('plays the meeting script on PostgreSQL, every broadcast reaching every client exactly once', {
    timeout: SMOKE_TIMEOUT_MS,
  }, async () => {
    // The bench's server process inherits this environment: its own schema, not `public`.
    vi.stubEnv('DATABASE_SCHEMA', schema);
    expectCleanRuns(await smoke('postgres'), ['bare', 'postgres']);
  });
});
