/**
 * The bench's scenarios (`--scenario NAME`): what each one sizes, plays and holds to a target.
 * Each runs with its bare-relay counterpart; capacity searches the rate instead (runCapacity.ts).
 */

import type { Figures } from './figures.js';
import { checkOpenFileLimit } from './fileLimit.js';
import { ScriptKind } from './messages.js';
import type { BenchOptions } from './options.js';
import { pairVariants } from './pairVariants.js';
import type { ScenarioName } from './scenarioOptions.js';
import { selectVariants, type Variant } from './variants.js';

export interface ScenarioSizeDefaults {
  rooms: number;
  participants: number;
  rate: number;
  /** At most this many warm-up rooms (of the scenario's size; their sockets stay connected). */
  warmupRooms?: number;
}

export interface Scenario {
  name: ScenarioName;
  description: string;
  size: ScenarioSizeDefaults;
  script: ScriptKind;
  variants(options: BenchOptions): Variant[];
  /** Upper limits the issue sets for ours, read from our median figures. */
  targets(ours: Figures | undefined): [string, number, number | null][];
  /** Checked before the first run (e.g. that this many sockets can be opened). */
  check?(options: BenchOptions): void;
}

const sameVariants = (options: BenchOptions) => selectVariants(options.only);
const noTargets = () => [];

export const SCENARIOS: Record<ScenarioName, Scenario> = {
  capacity: {
    name: 'capacity',
    description:
      'the highest offered rate whose ack and fan-out p99 stay within the limit, ours and bare',
    size: { rooms: 20, participants: 20, rate: 250 },
    script: ScriptKind.Meeting,
    variants: sameVariants,
    targets: noTargets,
  },
  scale: {
    name: 'scale',
    description: 'many sockets (by default 250 meetings × 20 = 5,000) at 1,000 commands/s',
    size: { rooms: 250, participants: 20, rate: 1000 },
    script: ScriptKind.Meeting,
    variants: sameVariants,
    targets: (ours) => [
      ['p99 fan-out ms', 100, ours?.fanoutP99Ms ?? null],
      ['RSS per participant KB', 30, ours?.rssPerParticipantKB ?? null],
    ],
    check: (options) => checkOpenFileLimit(options.rooms * options.participants),
  },
  'big-room': {
    name: 'big-room',
    description:
      'one big meeting playing the whole script, its burst of dots (3 per person) included',
    size: { rooms: 1, participants: 500, rate: 1000, warmupRooms: 1 },
    script: ScriptKind.Meeting,
    variants: sameVariants,
    targets: noTargets,
  },
  tables: {
    name: 'tables',
    description:
      'one meeting split into tables: dots, notes, timers and continue-votes at the tables',
    size: { rooms: 1, participants: 200, rate: 1000, warmupRooms: 1 },
    script: ScriptKind.Tables,
    variants: sameVariants,
    targets: noTargets,
  },
  pair: {
    name: 'pair',
    description:
      'two nodes on PostgreSQL and Redis, half of every meeting on each (ours and a bare pair)',
    size: { rooms: 50, participants: 20, rate: 1000 },
    script: ScriptKind.Meeting,
    variants: pairVariants,
    targets: noTargets,
  },
};

/** The bench's options for a scenario: its size unless the flags override it. */
export const scenarioBenchOptions = (scenario: Scenario, options: BenchOptions): BenchOptions => ({
  ...options,
  rooms: options.scenarioSize.rooms ?? scenario.size.rooms,
  participants: options.scenarioSize.participants ?? scenario.size.participants,
  rate: options.scenarioSize.rate ?? scenario.size.rate,
  warmupRooms: Math.min(options.warmupRooms, scenario.size.warmupRooms ?? options.warmupRooms),
});
