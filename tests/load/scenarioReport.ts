/** A scenario's part of bench-results.json: its size, headline figures, targets and every run. */
import type { Figures } from './figures.js';
import {
  pairedRatio,
  type Target,
  upperTargets,
  type VariantReport,
  variantReports,
} from './report.js';
import type { RunResult } from './runVariant.js';
import type { Scenario } from './scenarios.js';

interface ScenarioSizeReport {
  description: string;
  rooms: number;
  participants: number;
  tables?: number;
}

export interface RoundsScenarioReport extends ScenarioSizeReport {
  kind: 'rounds';
  rate: number;
  rounds: number;
  /** Which variants are ours and the floor (bare-pair for the pair). */
  ours: string | null;
  bare: string;
  sockets: number;
  p99Ms: number | null;
  bareP99Ms: number;
  p99RatioToBare: number | null;
  ackP99Ms: number | null;
  bareAckP99Ms: number;
  rssPerParticipantKB: number | null;
  bareRssPerParticipantKB: number;
  /** Mean over the sockets of what each received during the traffic, and the most one received. */
  receivedKBPerClient: number | null;
  maxReceivedKBPerClient: number | null;
  bareReceivedKBPerClient: number;
  errors: number;
  targets: Target[];
  variants: Record<string, VariantReport>;
}

export interface CapacityStep {
  rate: number;
  commandsPerSecond: number;
  ackP99Ms: number;
  fanoutP99Ms: number;
  errors: number;
  passed: boolean;
}

export interface CapacityScenarioReport extends ScenarioSizeReport {
  kind: 'capacity';
  p99LimitMs: number;
  /** Per variant, its steps in the order run. */
  steps: Record<string, CapacityStep[]>;
  /** Per variant, the highest offered rate that passed (null: none did). */
  highestRate: Record<string, number | null>;
  /** Ours ÷ bare of the highest rates (the issue asks for ≥ 0.8). */
  ratioToBare: number | null;
  /** Met when the ratio is at least the limit. */
  target: Target;
}

export type ScenarioReport = RoundsScenarioReport | CapacityScenarioReport;

export const roundsScenarioReport = (
  scenario: Scenario,
  size: ScenarioSizeReport & { rate: number; rounds: number },
  runs: RunResult[],
): RoundsScenarioReport => {
  const variants = variantReports(runs);
  const names = Object.keys(variants);
  const bareName = names.find((name) => name.startsWith('bare')) ?? 'bare';
  const bareReport = variants[bareName];
  if (!bareReport) throw new Error(`${scenario.name}: the bare relay did not run`);
  const oursName = names.find((name) => name !== bareName) ?? null;
  const oursReport = oursName ? variants[oursName] : undefined;
  const ours: Figures | undefined = oursReport?.median;
  const bare = bareReport.median;
  return {
    kind: 'rounds',
    ...size,
    ours: oursName,
    bare: bareName,
    sockets: ours?.sockets ?? bare.sockets,
    p99Ms: ours?.fanoutP99Ms ?? null,
    bareP99Ms: bare.fanoutP99Ms,
    p99RatioToBare: pairedRatio(oursReport, bareReport, 'fanoutP99Ms'),
    ackP99Ms: ours?.ackP99Ms ?? null,
    bareAckP99Ms: bare.ackP99Ms,
    rssPerParticipantKB: ours?.rssPerParticipantKB ?? null,
    bareRssPerParticipantKB: bare.rssPerParticipantKB,
    receivedKBPerClient: ours?.receivedKBPerClient ?? null,
    maxReceivedKBPerClient: ours?.maxReceivedKBPerClient ?? null,
    bareReceivedKBPerClient: bare.receivedKBPerClient,
    errors: names.reduce((sum, name) => sum + (variants[name]?.median.errors ?? 0), 0),
    targets: upperTargets(scenario.targets(ours)),
    variants,
  };
};
