/**
 * Per-IP limit on socket handshakes. Each handshake may bring a new participant token, so without
 * it one script could fill a meeting with strangers or dodge the per-socket command limit by
 * opening fresh sockets. Generous by default: a whole city administration may share one address.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.js';

/** The client's address; behind `trustProxy` proxies, the entry they added to X-Forwarded-For. */
export const clientAddress = (request: IncomingMessage, trustProxy: number): string => {
  const direct = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy <= 0 || typeof forwarded !== 'string') return direct;
  const hops = forwarded.split(',').map((hop) => hop.trim());
  return hops[hops.length - trustProxy] ?? hops[0] ?? direct;
};

/** Resolves true when this address may open one more socket now. */
export const handshakeLimiter = ({ points, durationSeconds }: RateLimit) => {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'handshake',
    points,
    duration: durationSeconds,
  });
  return async (address: string): Promise<boolean> => {
    try {
      await limiter.consume(address);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  };
};
