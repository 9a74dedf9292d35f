/** The scenarios on the console: each one's figures beside the default run's. */
import { PAIR_REPEATS } from './pairVariants.js';
import {
  type BenchResults,
  pairedRatio,
  ROWS,
  table,
  targetsTable,
  type VariantReport,
} from './report.js';
import type {
  CapacityScenarioReport,
  RoundsScenarioReport,
  ScenarioReport,
} from './scenarioReport.js';

const size = (report: ScenarioReport) =>
  `${report.rooms} meeting(s) × ${report.participants}` +
  ('tables' in report && report.tables !== undefined ? ` in ${report.tables} tables` : '');

const targetLines = (report: RoundsScenarioReport) =>
  report.targets.length === 0 ? [] : ['', targetsTable(report.targets)];

const errorLines = (report: RoundsScenarioReport) =>
  Object.entries(report.variants).flatMap(([name, variant]) =>
    Object.entries(variant.errorKinds).map(
      ([kind, count]) =>
        `  ${name}: ${kind} × ${count}` +
        (PAIR_REPEATS[name]?.includes(kind)
          ? ' (two nodes: delivered twice or out of order, nothing lost; see pairVariants.ts)'
          : ''),
    ),
  );

const formatRounds = (name: string, report: RoundsScenarioReport, results: BenchResults) => {
  const defaultNames = Object.keys(results.variants);
  const scenarioNames = Object.keys(report.variants);
  const medianOf = (variants: Record<string, VariantReport>, variant: string) =>
    (variants[variant] as VariantReport).median;
  const bare = report.variants[report.bare] as VariantReport;
  const ours = report.ours ? report.variants[report.ours] : undefined;
  const errors = errorLines(report);
  return [
    `Scenario ${name}: ${report.description}`,
    `${size(report)}, ${report.rate} commands/s, median of ${report.rounds} round(s)`,
    '',
    table(
      [
        'figure',
        ...defaultNames.map((variant) => `default ${variant}`),
        ...scenarioNames.map((variant) => `${name} ${variant}`),
        ...(report.ours ? [`${name} ${report.ours} ÷ ${report.bare}`] : []),
      ],
      ROWS.map(([label, key]) => [
        label,
        ...defaultNames.map((variant) => medianOf(results.variants, variant)[key]),
        ...scenarioNames.map((variant) => medianOf(report.variants, variant)[key]),
        ...(report.ours ? [pairedRatio(ours, bare, key)] : []),
      ]),
    ),
    ...targetLines(report),
    ...(errors.length > 0 ? ['', 'errors:', ...errors] : []),
  ];
};

const formatCapacity = (report: CapacityScenarioReport) => {
  const rows = Object.entries(report.steps).flatMap(([variant, steps]) =>
    steps.map((step) => [
      variant,
      step.rate,
      step.commandsPerSecond,
      step.ackP99Ms,
      step.fanoutP99Ms,
      step.errors,
      step.passed ? 'passed' : 'failed',
    ]),
  );
  const highest = Object.entries(report.highestRate)
    .map(([variant, rate]) => `${variant} ${rate === null ? 'none passed' : `${rate}/s`}`)
    .join(', ');
  return [
    `Scenario capacity: ${report.description} (p99 ≤ ${report.p99LimitMs} ms)`,
    `${size(report)} per step`,
    '',
    table(['variant', 'offered /s', 'achieved /s', 'ack p99', 'fan-out p99', 'errors', ''], rows),
    '',
    `highest rate: ${highest}; ours ÷ bare ${report.ratioToBare ?? '–'} (target ≥ ${report.target.limit}: ${report.target.met ? 'met' : 'MISSED'})`,
  ];
};

export const formatScenarios = (results: BenchResults): string =>
  Object.entries(results.scenarios ?? {})
    .flatMap(([name, report]) => [
      '',
      ...(report.kind === 'capacity'
        ? formatCapacity(report)
        : formatRounds(name, report, results)),
    ])
    .join('\n');
