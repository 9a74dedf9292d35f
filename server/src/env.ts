/** The server's settings from environment variables (see README "Configuration"). */
import { fileURLToPath } from 'node:url';
import type { ConfigOverrides } from './config.js';
import { isLogLevel, LogLevel as Levels, type LogLevel } from './logger.js';

export interface ServerEnv {
  port: number;
  host: string | undefined;
  logLevel: LogLevel;
  redisUrl: string | undefined;
  config: ConfigOverrides;
}

const DEFAULT_PORT = 3000;
const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const integer = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
};

const publicUrl = (value: string | undefined): string | null => {
  if (!value) return null;
  const url = new URL(value);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
};

export const readEnv = (env: NodeJS.ProcessEnv): ServerEnv => {
  const failoverMs =
    env.FAILOVER_MS === undefined
      ? {}
      : { failoverMs: integer('FAILOVER_MS', env.FAILOVER_MS, 60_000) };
  return {
    port: integer('PORT', env.PORT, DEFAULT_PORT),
    host: env.HOST || undefined,
    logLevel: isLogLevel(env.LOG_LEVEL) ? env.LOG_LEVEL : Levels.Info,
    redisUrl: env.REDIS_URL || undefined,
    config: {
      publicUrl: publicUrl(env.PUBLIC_URL),
      allowedOrigins: list(env.ALLOWED_ORIGINS),
      trustProxy: integer('TRUST_PROXY', env.TRUST_PROXY, 0),
      clientDist: env.CLIENT_DIST || DEFAULT_CLIENT_DIST,
      ...failoverMs,
    },
  };
};
