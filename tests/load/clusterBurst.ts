/**
 * `npm run bench:cluster`: two server nodes on PostgreSQL and a private Redis, people on both
 * bursting dots into ONE meeting. Prints per node the ack p50/p99, the races lost, what each node
 * asked of PostgreSQL (event reads, appends, rollbacks, lock waits), commands per second and the
 * syncs the browsers asked for after sequence gaps. With `--baseline DIR` (another checkout,
 * e.g. `git archive <commit> | tar -x -C DIR` with node_modules linked in) the two alternate,
 * baseline first in odd rounds, so both see the same machine.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type ClusterRunResult, runClusterBurst } from './clusterRun.js';
import { nonNegative, positive } from './options.js';
import { median } from './stats.js';

const USAGE = `npm run bench:cluster -- [flags]
  --clients N         participants per node (default 10)
  --commands N        dots cast or taken back by each, back to back (default 60)
  --redis-latency MS  delay each way between node A and Redis (default 0)
  --direct            nodes reach PostgreSQL straight, not through the proxies that count
                      their statements (no SQL figures; one hop less per round trip)
  --rounds N          runs of each checkout, alternating (default 2)
  --baseline DIR      another checkout to compare with this one
  --out FILE          results file (default cluster-bench-results.json)
Needs DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) and redis-server on PATH.`;

const THIS_CHECKOUT = fileURLToPath(new URL('../..', import.meta.url));

interface Run extends ClusterRunResult {
  variant: string;
  round: number;
  /** 1-minute load average of the machine before the run. */
  loadBefore: number;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

const line = (run: Run): string => {
  const node = (name: 'a' | 'b') => {
    const figures = run[name];
    const sql = figures.sql;
    return (
      `${name.toUpperCase()} ack p50 ${ms(figures.ack.p50)} / p99 ${ms(figures.ack.p99)} ms, ` +
      `races lost ${figures.racesLost} (rollbacks ${sql.rollbacks}), decided again ` +
      `${figures.redecided}, lock waits ${sql.lockWaits}, ` +
      `appends ${sql.appends}, event reads ${sql.eventReads}, refused ${figures.refused}`
    );
  };
  return (
    `${run.variant} round ${run.round} (load ${run.loadBefore.toFixed(2)}): ` +
    `${run.commands} commands in ${ms(run.burstMs)} ms = ${run.commandsPerSecond.toFixed(0)}/s, ` +
    `gaps ${run.gaps}, syncs ${run.syncs}, converged ${ms(run.convergedMs)} ms after the last ack\n` +
    `  ${node('a')}\n  ${node('b')}`
  );
};

const medians = (runs: Run[]) => {
  const of = (pick: (run: Run) => number) => Math.round(median(runs.map(pick)) * 10) / 10;
  return {
    runs: runs.length,
    ackP50A: of((run) => run.a.ack.p50),
    ackP99A: of((run) => run.a.ack.p99),
    ackP50B: of((run) => run.b.ack.p50),
    ackP99B: of((run) => run.b.ack.p99),
    racesLost: of((run) => run.a.racesLost + run.b.racesLost),
    redecided: of((run) => run.a.redecided + run.b.redecided),
    rollbacks: of((run) => run.a.sql.rollbacks + run.b.sql.rollbacks),
    lockWaits: of((run) => run.a.sql.lockWaits + run.b.sql.lockWaits),
    appends: of((run) => run.a.sql.appends + run.b.sql.appends),
    eventReads: of((run) => run.a.sql.eventReads + run.b.sql.eventReads),
    commandsPerSecond: of((run) => run.commandsPerSecond),
    gaps: of((run) => run.gaps),
    syncs: of((run) => run.syncs),
    convergedMs: of((run) => run.convergedMs),
  };
};

const main = async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      clients: { type: 'string' },
      commands: { type: 'string' },
      'redis-latency': { type: 'string' },
      direct: { type: 'boolean' },
      rounds: { type: 'string' },
      baseline: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options = {
    databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    clientsPerNode: positive(values.clients, 10, 'clients'),
    commandsPerClient: positive(values.commands, 60, 'commands'),
    redisLatencyMs: nonNegative(values['redis-latency'], 0, 'redis-latency'),
    countSql: !values.direct,
  };
  const rounds = positive(values.rounds, 2, 'rounds');
  const variants = [
    ...(values.baseline ? [{ name: 'baseline', root: resolve(values.baseline) }] : []),
    { name: 'this checkout', root: THIS_CHECKOUT },
  ];
  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const order = round % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      const loadBefore = loadavg()[0] ?? Number.NaN;
      const result = await runClusterBurst({ ...options, root: variant.root });
      const run: Run = { ...result, variant: variant.name, round, loadBefore };
      runs.push(run);
      console.log(line(run));
    }
  }
  const summary = Object.fromEntries(
    variants.map((variant) => [
      variant.name,
      medians(runs.filter((run) => run.variant === variant.name)),
    ]),
  );
  console.log('\nmedians over the rounds:');
  console.table(summary);
  const out = resolve(values.out ?? 'cluster-bench-results.json');
  await writeFile(out, `${JSON.stringify({ options, rounds, summary, runs }, null, 2)}\n`);
  console.log(`written to ${out}`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
