/**
 * The capacity scenario: for ours and the bare relay, a stepped search (capacitySearch.ts) for the
 * highest offered rate at which a whole run of the script keeps its ack and fan-out p99 within
 * the limit with no error. Each step is one run on a fresh server (runVariant), the two sides
 * alternating step by step so both meet the same machine.
 */

import { capacitySearch } from './capacitySearch.js';
import { figuresOf } from './figures.js';
import { ScriptKind } from './messages.js';
import type { BenchOptions } from './options.js';
import { runVariant } from './runVariant.js';
import type { CapacityScenarioReport, CapacityStep } from './scenarioReport.js';
import type { Scenario } from './scenarios.js';

/** The target: ours carries at least this share of the relay's rate. */
const RATIO_TARGET = 0.8;

export const runCapacity = async (
  scenario: Scenario,
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<CapacityScenarioReport> => {
  const { steps, startRate, p99LimitMs } = options.capacity;
  const variants = scenario.variants(options);
  const searches = new Map(variants.map((variant) => [variant.name, capacitySearch(startRate)]));
  const stepsBy: Record<string, CapacityStep[]> = Object.fromEntries(
    variants.map((variant) => [variant.name, []]),
  );
  for (let step = 1; step <= steps; step += 1) {
    const order = step % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      const search = searches.get(variant.name);
      const rate = search?.next();
      if (!search || rate === null || rate === undefined) continue;
      const figures = figuresOf(
        await runVariant(variant, { ...options, rate }, ScriptKind.Meeting),
      );
      const passed =
        figures.errors === 0 && figures.ackP99Ms <= p99LimitMs && figures.fanoutP99Ms <= p99LimitMs;
      search.record(rate, passed);
      stepsBy[variant.name]?.push({
        rate,
        commandsPerSecond: Math.round(figures.commandsPerSecond),
        ackP99Ms: figures.ackP99Ms,
        fanoutP99Ms: figures.fanoutP99Ms,
        errors: figures.errors,
        passed,
      });
      progress(
        `capacity step ${step}/${steps}: ${variant.name} at ${rate}/s: ack p99 ${figures.ackP99Ms.toFixed(1)} ms, fan-out p99 ${figures.fanoutP99Ms.toFixed(1)} ms, ${figures.errors} errors: ${passed ? 'passed' : 'failed'}`,
      );
    }
  }
  const highestRate = Object.fromEntries(
    variants.map((variant) => [variant.name, searches.get(variant.name)?.highest ?? null]),
  );
  const bare = highestRate.bare ?? null;
  const oursName = variants.find((variant) => variant.name !== 'bare')?.name;
  const ours = oursName ? (highestRate[oursName] ?? null) : null;
  const ratioToBare = ours !== null && bare ? Math.round((ours / bare) * 100) / 100 : null;
  return {
    kind: 'capacity',
    description: scenario.description,
    rooms: options.rooms,
    participants: options.participants,
    p99LimitMs,
    steps: stepsBy,
    highestRate,
    ratioToBare,
    target: {
      name: 'capacity ours ÷ bare (at least)',
      limit: RATIO_TARGET,
      value: ratioToBare,
      met: ratioToBare !== null && ratioToBare >= RATIO_TARGET,
    },
  };
};
