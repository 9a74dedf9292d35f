/** The flags of the bench's scenarios (`--scenario NAME` and what sizes them). */
import { MAX_TABLES } from '@percolate/shared';
import { positive } from './integerFlag.js';

export const SCENARIO_NAMES = ['capacity', 'scale', 'big-room', 'tables', 'pair'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Overrides of a scenario's own size; unset keeps the scenario's default. */
export interface ScenarioSize {
  rooms?: number;
  participants?: number;
  rate?: number;
}

export interface ScenarioOptions {
  /** Scenarios to run after the default run, in this order. */
  scenarios: ScenarioName[];
  scenarioSize: ScenarioSize;
  /** Tables the `tables` scenario splits its meeting into. */
  tables: number;
  capacity: {
    /** The first step's rate (commands/s); each passing step doubles it until one fails. */
    startRate: number;
    /** Steps per side (ours, bare), doubling then bisecting. */
    steps: number;
    /** A step passes when its ack and fan-out p99 are at most this and nothing failed. */
    p99LimitMs: number;
  };
}

/** The issue asks for 200 people at 25 tables, as many as the domain allows. */
export const DEFAULT_TABLES = MAX_TABLES;

export const SCENARIO_USAGE = `Scenarios (each runs after the default run, with its bare-relay counterpart):
  --scenario LIST         comma-separated or repeated: ${SCENARIO_NAMES.join(', ')}
                            capacity: highest rate with ack and fan-out p99 ≤ the limit, ours and bare
                            scale: 250 rooms × 20 = 5,000 sockets at 1,000 commands/s
                            big-room: one meeting of 500 with the whole script (its vote burst)
                            tables: one meeting of 200 split into tables, traffic at the tables
                            pair: two nodes on PostgreSQL + Redis (needs DATABASE_URL, REDIS_URL)
  --scenario-rooms N      overrides the scenario's meetings
  --scenario-participants N  overrides its participants per meeting
  --scenario-rate N       overrides its commands/s (capacity: ignored, it searches the rate)
  --tables N              tables of the tables scenario (default ${DEFAULT_TABLES}, at most ${MAX_TABLES})
  --capacity-start N      capacity: first step's commands/s (default 250)
  --capacity-steps N      capacity: steps per side, doubling then bisecting (default 8)
  --capacity-p99 MS       capacity: the p99 a step must stay within (default 50)`;

export const SCENARIO_FLAGS = {
  scenario: { type: 'string', multiple: true },
  'scenario-rooms': { type: 'string' },
  'scenario-participants': { type: 'string' },
  'scenario-rate': { type: 'string' },
  tables: { type: 'string' },
  'capacity-start': { type: 'string' },
  'capacity-steps': { type: 'string' },
  'capacity-p99': { type: 'string' },
} as const;

type RawScenarioFlags = {
  [flag in keyof typeof SCENARIO_FLAGS]?: (typeof SCENARIO_FLAGS)[flag] extends {
    multiple: true;
  }
    ? string[]
    : string;
};

const isScenario = (name: string): name is ScenarioName =>
  (SCENARIO_NAMES as readonly string[]).includes(name);

const scenarioList = (raw: string[] | undefined): ScenarioName[] => {
  const names = (raw ?? []).flatMap((entry) => entry.split(',')).map((name) => name.trim());
  const unknown = names.filter((name) => !isScenario(name));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario(s): ${unknown.join(', ')} (${SCENARIO_NAMES.join(', ')})`);
  }
  return [...new Set(names as ScenarioName[])];
};

const optional = (raw: string | undefined, name: string) =>
  raw === undefined ? {} : { [name]: positive(raw, 1, `scenario-${name}`) };

export const parseScenarioOptions = (values: RawScenarioFlags): ScenarioOptions => {
  const tables = positive(values.tables, DEFAULT_TABLES, 'tables');
  if (tables < 2 || tables > MAX_TABLES) {
    throw new Error(`--tables must be between 2 and ${MAX_TABLES}`);
  }
  return {
    scenarios: scenarioList(values.scenario),
    scenarioSize: {
      ...optional(values['scenario-rooms'], 'rooms'),
      ...optional(values['scenario-participants'], 'participants'),
      ...optional(values['scenario-rate'], 'rate'),
    },
    tables,
    capacity: {
      startRate: positive(values['capacity-start'], 250, 'capacity-start'),
      steps: positive(values['capacity-steps'], 8, 'capacity-steps'),
      p99LimitMs: positive(values['capacity-p99'], 50, 'capacity-p99'),
    },
  };
};
