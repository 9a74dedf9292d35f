/**
 * `npm run bench`: our server against a bare Socket.IO relay, same sockets and traffic, in
 * alternating rounds (bare first in odd rounds, ours first in even ones, so neither always runs
 * on a warmer machine). Prints the medians and writes bench-results.json.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseOptions, USAGE } from './options.js';
import { buildResults, formatResults } from './report.js';
import { type RunResult, runVariant } from './runVariant.js';
import { selectVariants } from './variants.js';

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const variants = selectVariants(options.only);
  const runs: RunResult[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const order = round % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      process.stdout.write(`round ${round}/${options.rounds}: ${variant.name} … `);
      const run = await runVariant(variant, options);
      runs.push(run);
      const errors = Object.values(run.errors).reduce((sum, count) => sum + count, 0);
      console.log(`${run.sockets} sockets, ${run.commands} commands, ${errors} errors`);
    }
  }
  const results = buildResults(options, runs);
  const out = resolve(options.out);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatResults(results)}\n\nwritten to ${out}`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
