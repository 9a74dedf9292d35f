/** The bench's output: bench-results.json and the tables on the console. */
import { cpus, totalmem } from 'node:os';
import {
  type Figures,
  figuresByType,
  figuresOf,
  medianFigures,
  mergeErrorKinds,
  type TypeFigures,
} from './figures.js';
import type { ErrorCounts } from './messages.js';
import type { BenchOptions } from './options.js';
import type { RunResult } from './runVariant.js';
import type { ScenarioReport } from './scenarioReport.js';
import { median } from './stats.js';

export interface VariantReport {
  median: Figures;
  rounds: Figures[];
  byType: Record<string, TypeFigures>;
  errorKinds: ErrorCounts;
}

export interface Target {
  name: string;
  limit: number;
  value: number | null;
  met: boolean;
}

/** Targets that are upper limits: met when the value is known and at most the limit. */
export const upperTargets = (targets: readonly (readonly [string, number, number | null])[]) =>
  targets.map(
    ([name, limit, value]): Target => ({
      name,
      limit,
      value,
      met: value !== null && value <= limit,
    }),
  );

/**
 * Ours ÷ bare: the median over the rounds of each round's ratio. A round's two runs are minutes
 * apart at most, so pairing them cancels more of the machine's drift than dividing two medians.
 */
export const pairedRatio = (
  ours: VariantReport | undefined,
  bare: VariantReport,
  key: keyof Figures,
): number | null => {
  if (!ours) return null;
  const ratios = ours.rounds.map(
    (round, index) => round[key] / (bare.rounds[index]?.[key] ?? Number.NaN),
  );
  const value = median(ratios);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
};

/** Each variant's figures: per round, their medians, per command type, and its errors by kind. */
export const variantReports = (runs: RunResult[]): Record<string, VariantReport> =>
  Object.fromEntries(
    [...new Set(runs.map((run) => run.variant))].map((name) => {
      const own = runs.filter((run) => run.variant === name);
      const rounds = own.map(figuresOf);
      return [
        name,
        {
          median: medianFigures(rounds),
          rounds,
          byType: figuresByType(own),
          errorKinds: mergeErrorKinds(own),
        },
      ];
    }),
  );

export const buildResults = (options: BenchOptions, runs: RunResult[]) => {
  const variants = variantReports(runs);
  const names = Object.keys(variants);
  const bareReport = variants.bare;
  if (!bareReport) throw new Error('the bare relay did not run');
  // The headline is our default store; PostgreSQL's figures are under `variants`.
  const oursReport = variants[names.find((name) => name !== 'bare') ?? ''];
  const bare = bareReport.median;
  const ours = oursReport?.median;
  const ratio = (key: keyof Figures) => pairedRatio(oursReport, bareReport, key);
  const targets = upperTargets([
    ['p99 ours ÷ bare (fan-out)', 1.5, ratio('fanoutP99Ms')],
    ['p99 ours ÷ bare (ack)', 1.5, ratio('ackP99Ms')],
    ['p99 fan-out ms', 50, ours?.fanoutP99Ms ?? null],
    ['RSS per participant KB', 30, ours?.rssPerParticipantKB ?? null],
    ['errors', 0, ours === undefined ? null : ours.errors + bare.errors],
  ]);

  return {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    sockets: ours?.sockets ?? bare.sockets,
    p50Ms: ours?.fanoutP50Ms ?? null,
    p99Ms: ours?.fanoutP99Ms ?? null,
    bareP50Ms: bare.fanoutP50Ms,
    bareP99Ms: bare.fanoutP99Ms,
    p50RatioToBare: ratio('fanoutP50Ms'),
    p99RatioToBare: ratio('fanoutP99Ms'),
    ackP50Ms: ours?.ackP50Ms ?? null,
    ackP99Ms: ours?.ackP99Ms ?? null,
    bareAckP50Ms: bare.ackP50Ms,
    bareAckP99Ms: bare.ackP99Ms,
    ackP50RatioToBare: ratio('ackP50Ms'),
    ackP99RatioToBare: ratio('ackP99Ms'),
    rssPerParticipantKB: ours?.rssPerParticipantKB ?? null,
    bareRssPerParticipantKB: bare.rssPerParticipantKB,
    heapPerParticipantKB: ours?.heapPerParticipantKB ?? null,
    eventLoopP99Ms: ours?.eventLoopP99Ms ?? null,
    bareEventLoopP99Ms: bare.eventLoopP99Ms,
    cpuMs: ours?.cpuMs ?? null,
    bareCpuMs: bare.cpuMs,
    mainThreadCpuMs: ours?.mainThreadCpuMs ?? null,
    bareMainThreadCpuMs: bare.mainThreadCpuMs,
    errors: (ours?.errors ?? 0) + bare.errors,
    targets,
    variants,
  };
};

/** With `--scenario`, one report per scenario beside the default run's fields. */
export type BenchResults = ReturnType<typeof buildResults> & {
  scenarios?: Record<string, ScenarioReport>;
};

const cell = (value: number | string | null | undefined): string => {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value % 1 === 0 ? 0 : 2);
};

export const table = (header: string[], rows: (number | string | null | undefined)[][]): string => {
  const cells = [header, ...rows.map((row) => row.map(cell))];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((text, column) =>
        column === 0 ? text.padEnd(widths[0] ?? 0) : text.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [
    line(cells[0] ?? []),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
};

export const targetsTable = (targets: Target[]): string =>
  table(
    ['target', 'limit', 'value', ''],
    targets.map((target) => [
      target.name,
      target.limit,
      target.value,
      target.met ? 'met' : 'MISSED',
    ]),
  );

export const ROWS: [string, keyof Figures][] = [
  ['sockets', 'sockets'],
  ['commands', 'commands'],
  ['ack p50 ms', 'ackP50Ms'],
  ['ack p95 ms', 'ackP95Ms'],
  ['ack p99 ms', 'ackP99Ms'],
  ['fan-out p50 ms', 'fanoutP50Ms'],
  ['fan-out p95 ms', 'fanoutP95Ms'],
  ['fan-out p99 ms', 'fanoutP99Ms'],
  ['RSS / participant KB', 'rssPerParticipantKB'],
  ['heap / participant KB', 'heapPerParticipantKB'],
  ['young generation growth / participant KB', 'youngGenerationPerParticipantKB'],
  ['event-loop delay p99 ms', 'eventLoopP99Ms'],
  ['server CPU ms', 'cpuMs'],
  ['… main thread (event loop) ms', 'mainThreadCpuMs'],
  ['… other threads (GC, compiler, SQLite writer) ms', 'otherThreadsCpuMs'],
  ['generators CPU ms', 'generatorCpuMs'],
  ['other processes CPU ms (approx.)', 'otherCpuMs'],
  ['commands / s', 'commandsPerSecond'],
  ['KB received per client', 'receivedKBPerClient'],
  ['… the most one client received KB', 'maxReceivedKBPerClient'],
  ['packets received per client', 'receivedPacketsPerClient'],
  ['store transactions', 'storeAppends'],
  ['commands / transaction', 'commandsPerAppend'],
  ['store transaction ms (SQLite: writer thread)', 'storeTransactionMs'],
  ['errors (all rounds)', 'errors'],
];

/**
 * RSS grew less than the heap alone: the process reused memory it had freed before the window
 * (the heap figure is then the better guide).
 */
const memoryNote = (variant: string, rounds: number): string =>
  `note: ${variant}'s RSS grew less than its heap in ${rounds} round(s): memory freed before ` +
  'was reused, so read the heap figure for those';

export const formatResults = (results: BenchResults): string => {
  const names = Object.keys(results.variants);
  const ours = names.filter((name) => name !== 'bare');
  const bare = results.variants.bare as VariantReport;
  const medians = (name: string) => (results.variants[name] as VariantReport).median;
  const rounds = results.options.rounds;

  const main = table(
    [`median of ${rounds} round(s)`, ...names, ...ours.map((name) => `${name} ÷ bare`)],
    ROWS.map(([label, key]) => [
      label,
      ...names.map((name) => medians(name)[key]),
      ...ours.map((name) => pairedRatio(results.variants[name], bare, key)),
    ]),
  );
  const types = Object.keys(bare.byType);
  const byType = table(
    [
      'command',
      'count',
      'bare fan-out p99',
      ...ours.flatMap((name) => [`${name} ack p99`, `${name} fan-out p99`]),
    ],
    types.map((type) => [
      type,
      bare.byType[type]?.count,
      bare.byType[type]?.fanoutP99Ms,
      ...ours.flatMap((name) => {
        const figures = (results.variants[name] as VariantReport).byType[type];
        return [figures?.ackP99Ms, figures?.fanoutP99Ms];
      }),
    ]),
  );
  const targets = targetsTable(results.targets);
  const memoryNotes = names.flatMap((name) => {
    const below = (results.variants[name] as VariantReport).rounds.filter(
      (round) => round.rssPerParticipantKB < round.heapPerParticipantKB,
    ).length;
    return below > 0 ? [memoryNote(name, below)] : [];
  });
  const errorLines = names.flatMap((name) =>
    Object.entries((results.variants[name] as VariantReport).errorKinds).map(
      ([kind, count]) => `  ${name}: ${kind} × ${count}`,
    ),
  );
  return [
    `Percolate bench — ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}`,
    `${results.options.rooms} rooms × ${results.options.participants} participants, ${results.options.rate} commands/s, ${results.options.generators} generator process(es)`,
    '',
    main,
    "(÷ bare: the median of each round's ratio, ours against the same round's bare relay)",
    '',
    byType,
    '',
    targets,
    ...memoryNotes,
    ...(errorLines.length > 0 ? ['', 'errors:', ...errorLines] : []),
  ].join('\n');
};
