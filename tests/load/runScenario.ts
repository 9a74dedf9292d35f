/** Runs one scenario (scenarios.ts) with its bare counterpart and reports it. */

import { ScriptKind } from './messages.js';
import type { BenchOptions } from './options.js';
import { runCapacity } from './runCapacity.js';
import { runRounds } from './runRounds.js';
import type { ScenarioName } from './scenarioOptions.js';
import { roundsScenarioReport, type ScenarioReport } from './scenarioReport.js';
import { SCENARIOS, scenarioBenchOptions } from './scenarios.js';

/**
 * Fails before anything runs when a scenario cannot: a service it needs is not configured, or
 * this process may not open its sockets (otherwise that shows only after the default run).
 */
export const checkScenarios = (options: BenchOptions): void => {
  for (const name of options.scenarios) {
    const scenario = SCENARIOS[name];
    const sized = scenarioBenchOptions(scenario, options);
    scenario.check?.(sized);
    scenario.variants(sized);
  }
};

export const runScenario = async (
  name: ScenarioName,
  options: BenchOptions,
  progress: (line: string) => void = () => {},
): Promise<ScenarioReport> => {
  const scenario = SCENARIOS[name];
  const sized = scenarioBenchOptions(scenario, options);
  scenario.check?.(sized);
  if (name === 'capacity') return runCapacity(scenario, sized, progress);
  const runs = await runRounds(
    scenario.variants(sized),
    sized,
    scenario.script,
    progress,
    `${name}: `,
  );
  return roundsScenarioReport(
    scenario,
    {
      description: scenario.description,
      rooms: sized.rooms,
      participants: sized.participants,
      ...(scenario.script === ScriptKind.Tables ? { tables: sized.tables } : {}),
      rate: sized.rate,
      rounds: sized.rounds,
    },
    runs,
  );
};
