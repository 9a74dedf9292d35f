/** The server's settings from environment variables (see README "Configuration"). */
import { fileURLToPath } from 'node:url';
import type { ConfigOverrides } from './config.js';
import { readDeliveryEnv } from './delivery/deliveryEnv.js';
import { commaList, readInstanceEnv } from './instance/instanceEnv.js';
import { isLogLevel, LogLevel as Levels, type LogLevel } from './logger.js';
import type { MetricsSettings } from './metrics/metricsServer.js';
import type { TimeScale } from './scaledClock.js';

/** Several nodes sharing Redis (REDIS_URL set). */
export interface ClusterEnv {
  redisUrl: string;
  keyPrefix: string;
  checkEveryMs: number;
}

export interface ServerEnv {
  port: number;
  host: string | undefined;
  logLevel: LogLevel;
  cluster: ClusterEnv | null;
  /** Test-only: timers run this much faster (never set in production). */
  timeScale: TimeScale | null;
  config: ConfigOverrides;
  /** Where /metrics is served; null: no metrics. */
  metrics: MetricsSettings | null;
}

const DEFAULT_PORT = 3000;
const DEFAULT_REDIS_PREFIX = 'percolate';
const DEFAULT_CLUSTER_CHECK_MS = 10_000;
const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const integer = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
};

/** Unset or empty keeps meetings forever; otherwise a whole number of days, at least one. */
const retentionDays = (value: string | undefined): number | null => {
  if (value === undefined || value.trim() === '') return null;
  const days = integer('RETENTION_DAYS', value, 0);
  if (days < 1) throw new Error(`RETENTION_DAYS must be at least 1, got "${value}"`);
  return days;
};

const publicUrl = (value: string | undefined): string | null => {
  if (!value) return null;
  const url = new URL(value);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
};

const timeScale = (env: NodeJS.ProcessEnv): TimeScale | null => {
  const scale = integer('PERCOLATE_TEST_TIME_SCALE', env.PERCOLATE_TEST_TIME_SCALE, 1);
  if (scale <= 1) return null;
  return {
    scale,
    origin: integer('PERCOLATE_TEST_TIME_ORIGIN', env.PERCOLATE_TEST_TIME_ORIGIN, Date.now()),
  };
};

export const readEnv = (env: NodeJS.ProcessEnv): ServerEnv => {
  const failoverMs =
    env.FAILOVER_MS === undefined
      ? {}
      : { failoverMs: integer('FAILOVER_MS', env.FAILOVER_MS, 60_000) };
  const instance = readInstanceEnv(env);
  return {
    port: integer('PORT', env.PORT, DEFAULT_PORT),
    host: env.HOST || undefined,
    logLevel: isLogLevel(env.LOG_LEVEL) ? env.LOG_LEVEL : Levels.Info,
    cluster: env.REDIS_URL
      ? {
          redisUrl: env.REDIS_URL,
          keyPrefix: env.REDIS_PREFIX || DEFAULT_REDIS_PREFIX,
          checkEveryMs:
            integer('CLUSTER_CHECK_MS', env.CLUSTER_CHECK_MS, DEFAULT_CLUSTER_CHECK_MS) ||
            DEFAULT_CLUSTER_CHECK_MS,
        }
      : null,
    timeScale: timeScale(env),
    config: {
      publicUrl: publicUrl(env.PUBLIC_URL),
      allowedOrigins: commaList(env.ALLOWED_ORIGINS),
      trustProxy: integer('TRUST_PROXY', env.TRUST_PROXY, 0),
      clientDist: env.CLIENT_DIST || DEFAULT_CLIENT_DIST,
      retentionDays: retentionDays(env.RETENTION_DAYS),
      delivery: readDeliveryEnv(env),
      ...failoverMs,
      ...instance.config,
    },
    metrics: instance.metrics,
  };
};
