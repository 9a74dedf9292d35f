/**
 * The Redis connections of one node: a publishing and a subscribing client (a subscribed Redis
 * connection can do nothing else) and the Socket.IO adapter over them. Every channel name starts
 * with `keyPrefix`, so several deployments (or test runs) can share one Redis without hearing
 * each other.
 *
 * Redis only relays messages between nodes; the store is the truth. So while Redis is away the
 * node goes on committing and serving its own sockets: commands fail at once instead of queueing
 * for the outage (no offline queue), what the adapter publishes meanwhile is dropped (the adapter
 * does not handle its own `publish` rejections, so this link does), and when both connections are
 * back `onReturn` lets the cluster catch up with the store. A link that goes silent without being
 * closed is found out by a watch on each connection (linkWatch.ts), which opens it again.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.js';
import { OncePerKind } from '../oncePerKind.js';
import { watchLink } from './linkWatch.js';

export interface RedisLinkOptions {
  url: string;
  keyPrefix: string;
  logger: Logger;
  /** Both connections are ready again after one of them was lost. */
  onReturn: () => void;
}

export interface RedisLink {
  adapter: ReturnType<typeof createAdapter>;
  /** Whether both connections are up right now (for readiness). */
  isReady(): boolean;
  /** Closes both connections (after the Socket.IO server closed). */
  close(): Promise<void>;
}

/** How long a node waits for the others' answers (who is connected to a room). */
const REQUESTS_TIMEOUT_MS = 3_000;
/** Reconnect attempts back off up to this: Redis back means fan-out back within half a second. */
const MAX_BACKOFF_MS = 500;
const CONNECT_TIMEOUT_MS = 2_000;
/** A command still waiting to be written (the connection is down) fails after this, not 5 s. */
const COMMAND_TIMEOUT_MS = 2_000;
/**
 * A dead link without a TCP reset is noticed by the missing answer to a watch's ping (see
 * linkWatch.ts): within 2–4 s, and at once after a silence that lost a command.
 */
const WATCH_EVERY_MS = 2_000;
const WATCH_TIMEOUT_MS = 2_000;

/** What the adapter publishes through. */
interface Publisher {
  publish(...args: never[]): Promise<unknown>;
}

export const connectRedis = async ({
  url,
  keyPrefix,
  logger,
  onReturn,
}: RedisLinkOptions): Promise<RedisLink> => {
  // Until Redis answers, the node does not listen (a load balancer's health check keeps traffic
  // away); afterwards node-redis reconnects by itself.
  const publisher = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_BACKOFF_MS),
    },
  });
  const subscriber = publisher.duplicate();
  const errors = new OncePerKind();
  const dropped = new OncePerKind();
  const silent = new OncePerKind();
  let lost = false;
  const ready = () => publisher.isReady && subscriber.isReady;
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    // Without listeners an error event would end the process. One line per kind of error and
    // outage, not one per reconnect attempt.
    client.on('error', (error: unknown) => {
      if (errors.first(error)) logger.warn('Redis connection error', { role, error });
    });
    client.on('end', () => {
      lost = true;
    });
    client.on('reconnecting', () => {
      if (!lost) logger.warn('Redis connection lost; reconnecting', { role });
      lost = true;
    });
    client.on('ready', () => {
      if (!lost || !ready()) return;
      lost = false;
      errors.reset();
      dropped.reset();
      silent.reset();
      logger.info('Redis is back; catching up with the store');
      onReturn();
    });
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const unwatch = [publisher, subscriber].map((client, n) =>
    watchLink(client, {
      everyMs: WATCH_EVERY_MS,
      timeoutMs: WATCH_TIMEOUT_MS,
      onDead: (reason) => {
        const role = n === 0 ? 'publisher' : 'subscriber';
        if (silent.first(new Error(`${role}: ${reason}`))) {
          logger.warn('Redis link silent; connecting again', { role, reason });
        }
      },
    }),
  );
  const adapter = createAdapter(safePublisher(publisher, dropped, logger), subscriber, {
    key: keyPrefix,
    requestsTimeout: REQUESTS_TIMEOUT_MS,
  });
  return {
    adapter,
    isReady: ready,
    async close() {
      for (const stop of unwatch) stop();
      await Promise.allSettled([publisher.close(), subscriber.close()]);
    },
  };
};

/**
 * The publisher as the adapter sees it: `publish` never rejects. A message that cannot be sent
 * (Redis away) is only a hint the other nodes make up for from the store once Redis is back.
 */
const safePublisher = <C extends Publisher>(client: C, dropped: OncePerKind, logger: Logger): C =>
  new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'publish') {
        return (...args: never[]) =>
          target.publish(...args).catch((error: unknown) => {
            if (dropped.first(error)) {
              logger.warn('Redis publish failed; other nodes catch up from the store later', {
                error,
              });
            }
            return 0;
          });
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
