/**
 * Ends `npm test` with what was skipped and why (the tests that need PostgreSQL, Redis or
 * Chromium), and the one command that runs them, instead of a bare "N skipped" mid-run.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { SKIP_MARK } from './services.js';

/** How to run everything here, as .ci/run does; the tests make and drop schemas of their own. */
export const RUN_ALL =
  'DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379 npm test';

interface SkippedGroup {
  reason: string;
  tests: number;
  suites: Set<string>;
}

/** Skipped tests grouped by the reason their suite gives ("other" when it gives none). */
export const skippedByReason = (modules: ReadonlyArray<TestModule>): SkippedGroup[] => {
  const groups = new Map<string, SkippedGroup>();
  for (const module of modules) {
    for (const test of module.children.allTests('skipped')) {
      let suite = test.parent;
      while (suite.type === 'suite' && !suite.name.includes(SKIP_MARK)) suite = suite.parent;
      const [title, reason] =
        suite.type === 'suite'
          ? suite.name.split(SKIP_MARK)
          : [test.fullName, 'skipped in the test itself (it.skip)'];
      const key = reason ?? '';
      const group = groups.get(key) ?? { reason: key, tests: 0, suites: new Set() };
      group.tests += 1;
      group.suites.add(`${module.relativeModuleId}: ${title}`);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
};

export const skipSummary = (groups: SkippedGroup[]): string => {
  if (groups.length === 0) return '';
  const total = groups.reduce((sum, group) => sum + group.tests, 0);
  const lines = [``, `Skipped ${total} tests:`];
  for (const group of groups) {
    lines.push(`  ${group.tests} tests: ${group.reason}`);
    for (const suite of group.suites) lines.push(`      ${suite}`);
  }
  lines.push(
    `Run them with the services (the tests use throwaway schemas and key prefixes, never your data):`,
    `  ${RUN_ALL}`,
    `and Chromium at /usr/bin/chromium or CHROMIUM_PATH=/path/to/chromium.`,
    '',
  );
  return lines.join('\n');
};

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const summary = skipSummary(skippedByReason(modules));
    if (summary) process.stdout.write(summary);
  }
}
