/**
 * What the Redis fault tests share: a private redis-server, a TCP proxy between node A and it (to
 * slow or silence A's link), the two-node cluster with its fault room, everything torn down after
 * the file; and the figures they report: clients behind the store, syncs the clients asked for.
 */
import { afterAll, expect } from 'vitest';
import { type RedisServer, startRedisServer } from '../../../helpers/redisServer.js';
import { startTcpProxy, type TcpProxy } from '../../../helpers/tcpProxy.js';
import { type ServiceUrls, startCluster, type TestCluster } from '../../cluster/support/cluster.js';
import { type FaultRoom, openFaultRoom } from './faultRoom.js';

export interface RedisDrill {
  redis: RedisServer;
  /** Node A's link to Redis (B connects straight). */
  linkOfA: TcpProxy;
  cluster: TestCluster;
  room: FaultRoom;
}

/** No periodic check: what brings the clients up to date is Redis (or the link) coming back. */
export const NO_PERIODIC_CHECK = { CLUSTER_CHECK_MS: String(10 * 60_000) };

/** Call inside a describe: `start()` sets up a drill, torn down after the file. */
export const redisDrills = () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });
  const start = async (urls: ServiceUrls, env: NodeJS.ProcessEnv = {}): Promise<RedisDrill> => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.close());
    const linkOfA = await startTcpProxy(redis.port);
    cleanup.push(() => linkOfA.close());
    const cluster = await startCluster({ ...urls, redisUrl: redis.url }, env, {
      a: { redisUrl: linkOfA.urlFor(redis.url) },
    });
    cleanup.push(() => cluster.close());
    const room = await openFaultRoom(cluster);
    cleanup.push(() => room.close());
    return { redis, linkOfA, cluster, room };
  };
  return { start };
};

/** How many clients do not show the store's latest sequence number yet. */
export const clientsBehind = async (cluster: TestCluster, room: FaultRoom): Promise<number> => {
  const storeSeq = (await cluster.store.loadEvents(room.meeting.id)).length;
  return room.everyone.filter((client) => client.seq < storeSeq).length;
};

/** The syncs the clients asked for from now on (after gaps or reconnects). */
export const syncsFromNow = (room: FaultRoom): (() => number) => {
  const asked = () =>
    room.everyone.map(
      (client) => client.catchUps.filter((kind) => kind !== 'connect-snapshot').length,
    );
  const before = asked();
  return () => asked().reduce((sum, count, n) => sum + count - (before[n] ?? 0), 0);
};

/** Waits until `ms` after `since` (a `performance.now()`). */
export const until = (since: number, ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - (performance.now() - since))));

/** Fails if either node logged a promise rejection nobody handled. */
export const expectNoUnhandledRejections = (cluster: TestCluster): void => {
  for (const node of [cluster.a, cluster.b]) {
    const lines = node.stderr().split('\n');
    expect(lines.filter((line) => line.includes('unhandled rejection'))).toEqual([]);
  }
};
