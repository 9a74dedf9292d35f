/** The bench's command-line flags. */
import { parseArgs } from 'node:util';
import { nonNegative, positive } from './integerFlag.js';
import {
  parseScenarioOptions,
  SCENARIO_FLAGS,
  SCENARIO_USAGE,
  type ScenarioOptions,
} from './scenarioOptions.js';

export const APP_KINDS = ['build', 'source'] as const;
export type AppKind = (typeof APP_KINDS)[number];

export interface BenchOptions extends ScenarioOptions {
  rooms: number;
  participants: number;
  /** Commands per second over all generators. */
  rate: number;
  rounds: number;
  generators: number;
  dotsPerParticipant: number;
  noteEdits: number;
  commandTimeoutMs: number;
  deliveryTimeoutMs: number;
  connectConcurrency: number;
  /** Rooms that play the script once, before the measured ones connect (0: measure cold). */
  warmupRooms: number;
  /** Pause between "everyone connected" and the first command. */
  settleMs: number;
  /** When set, servers write V8 CPU profiles (.cpuprofile) into this directory. */
  cpuProfileDir: string | undefined;
  /** When set, servers write a heap snapshot (loaded, after the traffic) into this directory. */
  heapSnapshotDir: string | undefined;
  /** Variants to run: bare, sqlite, postgres (postgres only with DATABASE_URL). */
  only: string[];
  /** Our server compiled (as `npm start` runs it) or from its TypeScript sources. */
  app: AppKind;
  out: string;
}

export const USAGE = `npm run bench -- [flags]
  --rooms N               meetings (default 50)
  --participants N        sockets per meeting (default 20)
  --rate N                commands per second over all generators (default 1000)
  --rounds N              alternations of bare and ours; medians are reported (default 3)
  --generators N          load generator processes (default 2)
  --dots N                dots each participant casts in the burst (default 3)
  --edits N               edits of the facilitator's note (default 5)
  --command-timeout MS    ack timeout (default 10000)
  --delivery-timeout MS   wait for a step's broadcasts to reach everyone (default 10000)
  --connect-concurrency N sockets connecting at once per generator (default 100)
  --warmup N              rooms that play the script first, unmeasured, so the servers'
                          hot paths are compiled (default 10; 0 measures a cold start)
  --settle MS             pause after everyone connected, before the traffic (default 2000)
  --cpu-prof DIR          write each server's CPU profile into DIR (open in Chrome DevTools)
  --heap-snapshot DIR     write each loaded server's heap snapshot into DIR
  --only LIST             comma-separated variants: bare,sqlite,postgres (default all available)
  --app build|source      our server compiled, as npm start runs it (default; rebuilt first when
                          older than its sources), or its TypeScript sources through tsx
  --out FILE              results file (default bench-results.json)
PostgreSQL runs too when DATABASE_URL is set.
${SCENARIO_USAGE}`;

export { nonNegative, positive } from './integerFlag.js';

const appKind = (value: string | undefined): AppKind => {
  if (value === undefined) return 'build';
  if ((APP_KINDS as readonly string[]).includes(value)) return value as AppKind;
  throw new Error(`--app must be one of ${APP_KINDS.join(', ')}, not ${value}`);
};

export const parseOptions = (argv: string[]): BenchOptions | 'help' => {
  const { values } = parseArgs({
    args: argv,
    options: {
      rooms: { type: 'string' },
      participants: { type: 'string' },
      rate: { type: 'string' },
      rounds: { type: 'string' },
      generators: { type: 'string' },
      dots: { type: 'string' },
      edits: { type: 'string' },
      'command-timeout': { type: 'string' },
      'delivery-timeout': { type: 'string' },
      'connect-concurrency': { type: 'string' },
      settle: { type: 'string' },
      warmup: { type: 'string' },
      'cpu-prof': { type: 'string' },
      'heap-snapshot': { type: 'string' },
      only: { type: 'string' },
      app: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...SCENARIO_FLAGS,
    },
  });
  if (values.help) return 'help';
  const defaultVariants = process.env.DATABASE_URL ? 'bare,sqlite,postgres' : 'bare,sqlite';
  return {
    rooms: positive(values.rooms, 50, 'rooms'),
    participants: positive(values.participants, 20, 'participants'),
    rate: positive(values.rate, 1000, 'rate'),
    rounds: positive(values.rounds, 3, 'rounds'),
    generators: positive(values.generators, 2, 'generators'),
    dotsPerParticipant: positive(values.dots, 3, 'dots'),
    noteEdits: positive(values.edits, 5, 'edits'),
    commandTimeoutMs: positive(values['command-timeout'], 10_000, 'command-timeout'),
    deliveryTimeoutMs: positive(values['delivery-timeout'], 10_000, 'delivery-timeout'),
    connectConcurrency: positive(values['connect-concurrency'], 100, 'connect-concurrency'),
    warmupRooms: nonNegative(values.warmup, 10, 'warmup'),
    settleMs: positive(values.settle, 2_000, 'settle'),
    cpuProfileDir: values['cpu-prof'],
    heapSnapshotDir: values['heap-snapshot'],
    only: (values.only ?? defaultVariants).split(',').map((name) => name.trim()),
    app: appKind(values.app),
    out: values.out ?? 'bench-results.json',
    ...parseScenarioOptions(values),
  };
};
