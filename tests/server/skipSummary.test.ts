/** The closing summary of a test run without the services. */
import { describe, expect, it } from 'vitest';
import { RUN_ALL, skipSummary } from '../helpers/skipSummaryReporter.js';

describe('the skip summary', () => {
  it('says nothing when nothing was skipped', () => {
    expect(skipSummary([])).toBe('');
  });

  it('names each reason, its tests and the command that runs them', () => {
    const summary = skipSummary([
      {
        reason: 'PostgreSQL: DATABASE_URL is not set',
        tests: 41,
        suites: new Set(['tests/server/store/postgres.test.ts: PostgreSQL store']),
      },
      { reason: 'Redis: REDIS_URL is not set', tests: 3, suites: new Set(['cluster: failover']) },
    ]);
    expect(summary).toContain('Skipped 44 tests:');
    expect(summary).toContain('41 tests: PostgreSQL: DATABASE_URL is not set');
    expect(summary).toContain('tests/server/store/postgres.test.ts: PostgreSQL store');
    expect(summary).toContain(RUN_ALL);
    expect(summary).toMatch(/throwaway schemas/);
    expect(summary).toMatch(/CHROMIUM_PATH/);
  });
});
