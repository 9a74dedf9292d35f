/**
 * The operator's settings from the environment (docs/deploy.md "Admin settings"): who may create,
 * rate limits, imprint and privacy links, and the metrics endpoint.
 */
import type { ConfigOverrides, RateLimit } from '../config.js';
import type { MetricsSettings } from '../metrics/metricsServer.js';
import { networkList } from './creationGate.js';

/** "a, b,c" → ["a", "b", "c"]; unset or empty → []. */
export const commaList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const httpUrl = (name: string, value: string | undefined): string | null => {
  if (!value?.trim()) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`${name} must be an http(s) address, got "${value}"`);
  }
  return url.href;
};

const positive = (text: string | undefined) => {
  const number = Number(text);
  return Number.isInteger(number) && number > 0 ? number : null;
};

/** "POINTS/SECONDS", e.g. RATE_LIMIT_CREATE=20/600: 20 per client address every 10 minutes. */
const rateLimit = (name: string, value: string | undefined): RateLimit | undefined => {
  if (!value?.trim()) return undefined;
  const [points, durationSeconds] = value.split('/').map((part) => positive(part.trim()));
  if (!points || !durationSeconds) {
    throw new Error(`${name} must be POINTS/SECONDS (e.g. 20/600), got "${value}"`);
  }
  return { points, durationSeconds };
};

const rateLimits = (env: NodeJS.ProcessEnv): NonNullable<ConfigOverrides['rateLimits']> => {
  const given = {
    api: rateLimit('RATE_LIMIT_API', env.RATE_LIMIT_API),
    createMeeting: rateLimit('RATE_LIMIT_CREATE', env.RATE_LIMIT_CREATE),
    lookupJoinCode: rateLimit('RATE_LIMIT_JOIN_CODE', env.RATE_LIMIT_JOIN_CODE),
    communityCommands: rateLimit('RATE_LIMIT_COMMUNITY', env.RATE_LIMIT_COMMUNITY),
    handshake: rateLimit('RATE_LIMIT_CONNECT', env.RATE_LIMIT_CONNECT),
  };
  // Per socket: sustained commands per second, and the burst on top ("20/40").
  const commands = rateLimit('RATE_LIMIT_COMMANDS', env.RATE_LIMIT_COMMANDS);
  return Object.fromEntries(
    Object.entries({
      ...given,
      commandsPerSecond: commands?.points,
      commandBurst: commands?.durationSeconds,
    }).filter(([, value]) => value !== undefined),
  );
};

const metrics = (env: NodeJS.ProcessEnv): MetricsSettings | null => {
  if (!env.METRICS_PORT?.trim()) return null;
  const port = Number(env.METRICS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`METRICS_PORT must be a port number, got "${env.METRICS_PORT}"`);
  }
  return { port, host: env.METRICS_HOST?.trim() || '127.0.0.1' };
};

export interface InstanceEnv {
  config: Pick<ConfigOverrides, 'creation' | 'legal' | 'rateLimits'>;
  metrics: MetricsSettings | null;
}

export const readInstanceEnv = (env: NodeJS.ProcessEnv): InstanceEnv => {
  const networks = commaList(env.CREATION_NETWORKS);
  networkList('CREATION_NETWORKS', networks);
  return {
    config: {
      creation: { code: env.CREATION_CODE?.trim() || null, networks },
      legal: {
        imprintUrl: httpUrl('IMPRINT_URL', env.IMPRINT_URL),
        privacyUrl: httpUrl('PRIVACY_URL', env.PRIVACY_URL),
      },
      rateLimits: rateLimits(env),
    },
    metrics: metrics(env),
  };
};
