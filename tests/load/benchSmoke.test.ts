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
import { describeWithService, POSTGRES, REDIS, requireService } from '../helpers/services.js';
import { type BenchOptions, parseOptions } from './options.js';
import { PAIR_REPEATS } from './pairVariants.js';
import type { BenchResults, VariantReport } from './report.js';
import { runBench } from './runBench.js';
import { runScenario } from './runScenario.js';
import type { ScenarioName } from './scenarioOptions.js';
import type { RoundsScenarioReport } from './scenarioReport.js';

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
  // The sources: a build here would replace client/dist under the end-to-end tests' servers.
  ['--app', 'source'],
  // Handshakes and acks on a loaded CI machine: a slow answer is not what the smoke looks for.
  ['--command-timeout', 30_000],
  ['--delivery-timeout', 30_000],
].flatMap(([flag, value]) => [String(flag), String(value)]);
/** Generous: a correctness test on a loaded CI machine, where one run takes a few seconds. */
const SMOKE_TIMEOUT_MS = 180_000;

const smokeOptions = (flags: string[]): BenchOptions => {
  const options = parseOptions([...SMOKE_FLAGS, ...flags]);
  if (options === 'help') throw new Error('the smoke asked for help');
  return options;
};

/** Runs the bench on these variants (the bare relay always runs) and reads its results file. */
const smoke = async (only: string, flags: string[] = []): Promise<BenchResults> => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-bench-smoke-'));
  try {
    const out = join(dir, 'bench-results.json');
    await runBench(smokeOptions(['--only', only, '--out', out, ...flags]));
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
const expectCleanRuns = (
  results: { variants: Record<string, VariantReport> },
  variants: string[],
  sockets = ROOMS * PARTICIPANTS,
) => {
  expect(Object.keys(results.variants).sort()).toEqual([...variants].sort());
  for (const name of variants) {
    const report = results.variants[name];
    expect(report?.median.sockets, `${name}: sockets`).toBe(sockets);
    expect(report?.median.commands, `${name}: commands`).toBeGreaterThan(0);
    expect(report?.errorKinds, `${name}: errors by kind`).toEqual({});
  }
};

/** One scenario, tiny, on its own (without the default run before it). */
const smokeScenario = (name: ScenarioName, flags: (string | number)[]) =>
  runScenario(name, smokeOptions(['--only', 'bare,sqlite', ...flags.map(String)]));

describe('the bench, as a smoke test', () => {
  it('plays the meeting script on the bare relay and on SQLite, every broadcast reaching every client exactly once', {
    timeout: SMOKE_TIMEOUT_MS,
  }, async () => {
    const results = await smoke('bare,sqlite', [
      ...['--scenario', 'big-room', '--scenario-participants', '30', '--scenario-rate', '300'],
    ]);
    expectCleanRuns(results, ['bare', 'sqlite']);
    const bigRoom = results.scenarios?.['big-room'] as RoundsScenarioReport;
    expectCleanRuns(bigRoom, ['bare', 'sqlite'], 30);
    expect(bigRoom.maxReceivedKBPerClient).toBeGreaterThanOrEqual(bigRoom.receivedKBPerClient ?? 0);
  });
});

/** Side by side: each starts its own processes, and a few seconds each add up in `npm test`. */
describe.concurrent('the bench scenarios, tiny, as smoke tests', () => {
  it('splits one meeting into 25 tables and plays dots, notes, timers and continue-votes at them', {
    timeout: SMOKE_TIMEOUT_MS,
  }, async () => {
    // Two at each table: everyone but the facilitator is dealt out.
    const report = (await smokeScenario('tables', [
      ...['--scenario-participants', 51, '--scenario-rate', 300],
    ])) as RoundsScenarioReport;
    expect(report.tables).toBe(25);
    expectCleanRuns(report, ['bare', 'sqlite'], 51);
    expect(report.variants.sqlite?.byType['continue:vote']?.count).toBe(50);
  });

  it('searches the capacity of ours and of the bare relay, one step each', {
    timeout: SMOKE_TIMEOUT_MS,
  }, async () => {
    const report = await smokeScenario('capacity', [
      ...['--scenario-rooms', 1, '--scenario-participants', 5],
      ...['--capacity-start', 100, '--capacity-steps', 1, '--capacity-p99', 60_000],
    ]);
    if (report.kind !== 'capacity') throw new Error('not the capacity report');
    expect(report.steps.bare?.map((step) => step.rate)).toEqual([100]);
    expect(report.steps.sqlite?.map((step) => step.errors)).toEqual([0]);
    // The limit is out of reach of any machine: a step fails here only on an error.
    expect(report.highestRate).toEqual({ bare: 100, sqlite: 100 });
  });

  it('runs the scale scenario at a tiny size', { timeout: SMOKE_TIMEOUT_MS }, async () => {
    const report = await smokeScenario('scale', [
      ...['--scenario-rooms', 2, '--scenario-participants', 5, '--scenario-rate', 300],
    ]);
    expectCleanRuns(report as RoundsScenarioReport, ['bare', 'sqlite']);
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

const redis = await requireService(REDIS);
describeWithService(postgres, 'the pair scenario, as a smoke test', () => {
  describeWithService(redis, 'on PostgreSQL and Redis', () => {
    it('plays the script with half of every meeting on each of two nodes', {
      timeout: SMOKE_TIMEOUT_MS,
    }, async () => {
      const report = (await smokeScenario('pair', [
        ...['--scenario-rooms', 2, '--scenario-participants', 6, '--scenario-rate', 300],
      ])) as RoundsScenarioReport;
      // Two nodes deliver some sequence numbers twice or out of order (PAIR_REPEATS says why);
      // anything else (undelivered, refused, timed out, disconnected) fails.
      expect(Object.keys(report.variants).sort()).toEqual(['bare-pair', 'postgres-pair']);
      for (const [name, variant] of Object.entries(report.variants)) {
        expect(variant.median.sockets, `${name}: sockets`).toBe(12);
        const repeats = PAIR_REPEATS[name] ?? [];
        const others = Object.keys(variant.errorKinds).filter((kind) => !repeats.includes(kind));
        expect(others, `${name}: errors other than repeats`).toEqual([]);
      }
    });
  });
});
