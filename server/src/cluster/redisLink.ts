/**
 * The Redis connections of one node: a publishing and a subscribing client (a subscribed Redis
 * connection can do nothing else) and the Socket.IO adapter over them. Every channel name starts
 * with `keyPrefix`, so several deployments (or test runs) can share one Redis without hearing
 * each other.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.js';

export interface RedisLinkOptions {
  url: string;
  keyPrefix: string;
  logger: Logger;
}

export interface RedisLink {
  adapter: ReturnType<typeof createAdapter>;
  /** Closes both connections (after the Socket.IO server closed). */
  close(): Promise<void>;
}

/** How long a node waits for the others' answers (who is connected to a room). */
const REQUESTS_TIMEOUT_MS = 3_000;
const MAX_BACKOFF_MS = 5_000;

export const connectRedis = async ({
  url,
  keyPrefix,
  logger,
}: RedisLinkOptions): Promise<RedisLink> => {
  // Until Redis answers, the node does not listen (a load balancer's health check keeps traffic
  // away); afterwards node-redis reconnects by itself, backing off up to a few seconds.
  const publisher = createClient({
    url,
    socket: {
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_BACKOFF_MS),
    },
  });
  const subscriber = publisher.duplicate();
  // Without listeners an error event would end the process.
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    client.on('error', (error: unknown) => logger.warn('Redis connection error', { role, error }));
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const adapter = createAdapter(publisher, subscriber, {
    key: keyPrefix,
    requestsTimeout: REQUESTS_TIMEOUT_MS,
  });
  return {
    adapter,
    async close() {
      await Promise.allSettled([publisher.close(), subscriber.close()]);
    },
  };
};
