/**
 * Which pages may open a socket: the page's own origin (same host), PUBLIC_URL's, and those
 * listed in ALLOWED_ORIGINS. Requests without an Origin header (Node clients, tests) pass: a
 * browser always sends one on a cross-site WebSocket or XHR.
 */
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config.js';

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

const firstHeader = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value?.split(',')[0]?.trim();

export const originChecker = (
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins' | 'trustProxy'>,
) => {
  const listed = new Set(
    [config.publicUrl, ...config.allowedOrigins]
      .filter((url): url is string => Boolean(url))
      .map(originOf)
      .filter((origin): origin is string => origin !== null),
  );
  return (request: IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (listed.has(origin)) return true;
    const forwarded =
      config.trustProxy > 0 ? firstHeader(request.headers['x-forwarded-host']) : undefined;
    const host = forwarded ?? request.headers.host;
    return host !== undefined && hostOf(origin) === host;
  };
};
