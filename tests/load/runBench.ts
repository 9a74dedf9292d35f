/**
 * The whole bench: our server against a bare Socket.IO relay, same sockets and traffic, in
 * alternating rounds (runRounds.ts), then the scenarios asked for with `--scenario`. Writes the
 * results to `options.out` and returns them.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ensureAppBuilt } from './appBuild.js';
import { ScriptKind } from './messages.js';
import type { BenchOptions } from './options.js';
import { type BenchResults, buildResults } from './report.js';
import { runRounds } from './runRounds.js';
import { checkScenarios, runScenario } from './runScenario.js';
import type { ScenarioReport } from './scenarioReport.js';
import { selectVariants } from './variants.js';

export const runBench = async (
  options: BenchOptions,
  progress: (line: string) => void = () => {},
): Promise<BenchResults> => {
  checkScenarios(options);
  ensureAppBuilt(options.app, progress);
  const runs = await runRounds(selectVariants(options.only), options, ScriptKind.Meeting, progress);
  const results: BenchResults = buildResults(options, runs);
  if (options.scenarios.length > 0) {
    const scenarios: Record<string, ScenarioReport> = {};
    for (const name of options.scenarios) {
      scenarios[name] = await runScenario(name, options, progress);
    }
    results.scenarios = scenarios;
  }
  await writeFile(resolve(options.out), `${JSON.stringify(results, null, 2)}\n`);
  return results;
};
