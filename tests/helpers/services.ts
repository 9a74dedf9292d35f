/**
 * Tests that need an external service (PostgreSQL, Redis) run when it is reachable. When it is
 * not, they are skipped with a visible reason locally, and fail in CI (CI=true), where a silent
 * skip would hide that they never ran.
 */
import pg from 'pg';
import { createClient } from 'redis';
import { describe, it } from 'vitest';

export type ServiceCheck =
  | { available: true; url: string }
  | { available: false; mandatory: boolean; reason: string };

export interface ServiceSpec {
  /** Human name, e.g. "PostgreSQL". */
  name: string;
  /** The environment variable holding the service's URL, e.g. "DATABASE_URL". */
  envVar: string;
  /** Resolves when the service answers at `url`, rejects otherwise. */
  probe: (url: string) => Promise<void>;
}

export async function requireService(
  { name, envVar, probe }: ServiceSpec,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServiceCheck> {
  const url = env[envVar];
  const mandatory = env.CI === 'true';
  const consequence = mandatory
    ? `failed because CI=true requires it (set ${envVar} to a reachable server)`
    : `skipped (set ${envVar}; CI=true makes this a failure)`;
  if (!url) {
    return { available: false, mandatory, reason: `${name}: ${envVar} is not set: ${consequence}` };
  }
  try {
    await probe(url);
    return { available: true, url };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      available: false,
      mandatory,
      reason: `${name} not reachable at ${redact(url)} (${why}): ${consequence}`,
    };
  }
}

/** `describe(title, body)` when the service is there; otherwise one skipped or failing test saying why. */
export function describeWithService(
  check: ServiceCheck,
  title: string,
  body: (url: string) => void,
): void {
  if (check.available) {
    describe(title, () => body(check.url));
  } else if (check.mandatory) {
    describe(title, () => {
      it(check.reason, () => {
        throw new Error(check.reason);
      });
    });
  } else {
    // Collected but skipped, so every test it hides is counted; the suite's name carries the
    // reason for the summary at the end of the run (skipSummaryReporter.ts). Nothing in the body
    // runs, so the empty URL is never used.
    describe.skip(`${title}${SKIP_MARK}${check.reason}`, () => body(''));
  }
}

/** Joins a skipped suite's title and the reason it was skipped. */
export const SKIP_MARK = ' — skipped: ';

const PROBE_TIMEOUT_MS = 5_000;

export async function probePostgres(url: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

export const POSTGRES: ServiceSpec = {
  name: 'PostgreSQL',
  envVar: 'DATABASE_URL',
  probe: probePostgres,
};

export async function probeRedis(url: string): Promise<void> {
  const client = createClient({
    url,
    socket: { connectTimeout: PROBE_TIMEOUT_MS, reconnectStrategy: false },
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } finally {
    if (client.isOpen) client.destroy();
  }
}

export const REDIS: ServiceSpec = {
  name: 'Redis',
  envVar: 'REDIS_URL',
  probe: probeRedis,
};

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
