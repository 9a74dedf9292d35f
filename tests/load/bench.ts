/** `npm run bench`: runs the bench (runBench.ts), prints the medians and writes bench-results.json. */
import { resolve } from 'node:path';
import { formatScenarios } from './formatScenarios.js';
import { parseOptions, USAGE } from './options.js';
import { formatResults } from './report.js';
import { runBench } from './runBench.js';

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const results = await runBench(options, (line) => console.log(line));
  console.log(
    `\n${formatResults(results)}${formatScenarios(results)}\n\nwritten to ${resolve(options.out)}`,
  );
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
