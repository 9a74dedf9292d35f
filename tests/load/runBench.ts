/**
 * The whole bench: our server against a bare Socket.IO relay, same sockets and traffic, in
 * alternating rounds (bare first in odd rounds, ours first in even ones, so neither always runs
 * on a warmer machine). Writes the results to `options.out` and returns them.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BenchOptions } from './options.js';
import { type BenchResults, buildResults } from './report.js';
import { type RunResult, runVariant } from './runVariant.js';
import { selectVariants } from './variants.js';

export const runBench = async (
  options: BenchOptions,
  progress: (line: string) => void = () => {},
): Promise<BenchResults> => {
  const variants = selectVariants(options.only);
  const runs: RunResult[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const order = round % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      const run = await runVariant(variant, options);
      runs.push(run);
      const errors = Object.values(run.errors).reduce((sum, count) => sum + count, 0);
      progress(
        `round ${round}/${options.rounds}: ${variant.name}: ${run.sockets} sockets, ${run.commands} commands, ${errors} errors`,
      );
    }
  }
  const results = buildResults(options, runs);
  await writeFile(resolve(options.out), `${JSON.stringify(results, null, 2)}\n`);
  return results;
};
