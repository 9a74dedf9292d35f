/**
 * Rounds of the bench: the variants in turn (first to last in odd rounds, last to first in even
 * ones, so neither always runs on a warmer machine), `options.rounds` times.
 */
import type { ScriptKind } from './messages.js';
import type { BenchOptions } from './options.js';
import { type RunResult, runVariant } from './runVariant.js';
import type { Variant } from './variants.js';

export const totalErrors = (run: RunResult) =>
  Object.values(run.errors).reduce((sum, count) => sum + count, 0);

export const runRounds = async (
  variants: Variant[],
  options: BenchOptions,
  script: ScriptKind,
  progress: (line: string) => void,
  label = '',
): Promise<RunResult[]> => {
  const runs: RunResult[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const order = round % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      const run = await runVariant(variant, options, script);
      runs.push(run);
      progress(
        `${label}round ${round}/${options.rounds}: ${variant.name}: ${run.sockets} sockets, ${run.commands} commands, ${totalErrors(run)} errors`,
      );
    }
  }
  return runs;
};
