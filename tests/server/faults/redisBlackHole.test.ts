/**
 * Node A's link to Redis goes silent: a TCP proxy between them stops forwarding, either way,
 * without closing anything (a firewall that drops packets, a frozen switch). People on both
 * nodes keep sending. Both nodes stay up and acknowledge everything (the store is the truth);
 * once the link forwards again, every client of both nodes shows the store's sequence within the
 * target (2 s), sending nothing, and each acknowledged command is stored exactly once.
 */
import { afterAll, expect, it } from 'vitest';
import { startRedisServer } from '../../helpers/redisServer.js';
import { ProxyMode, startTcpProxy } from '../../helpers/tcpProxy.js';
import { type Answered, runBurst } from '../cluster/support/burst.js';
import { clusterServices, describeWithCluster, startCluster } from '../cluster/support/cluster.js';
import { checkLog } from '../cluster/support/logChecks.js';
import {
  convergeToStore,
  expectNodesUp,
  openFaultRoom,
  readiness,
  report,
} from './support/faultRoom.js';

const services = await clusterServices();

const SILENCE_MS = 8_000;
const COMMANDS_PER_CLIENT = 6;
/** Spreads each client's commands over the silence. */
const PACE_MS = 800;
const TARGET_MS = 2_000;
/** No periodic check: what brings the clients up to date is the link coming back. */
const NO_CHECK_MS = 10 * 60_000;

describeWithCluster(services, "node A's Redis link black-holed", (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps both nodes acknowledging, and brings every client to the store once the link is back', {
    timeout: 180_000,
  }, async () => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.close());
    const link = await startTcpProxy(redis.port);
    cleanup.push(() => link.close());
    const cluster = await startCluster(
      { ...urls, redisUrl: redis.url },
      { CLUSTER_CHECK_MS: String(NO_CHECK_MS) },
      { a: { redisUrl: link.urlFor(redis.url) } },
    );
    cleanup.push(() => cluster.close());
    const room = await openFaultRoom(cluster);
    cleanup.push(() => room.close());

    await link.setMode(ProxyMode.BlackHole);
    const silencedAt = performance.now();
    const answered: Answered[] = [];
    await runBurst(
      room.everyone,
      COMMANDS_PER_CLIENT,
      (client, i) => ({ type: 'topic:propose', title: `Into the silence ${client}.${i}` }),
      answered,
      PACE_MS,
    );
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, SILENCE_MS - (performance.now() - silencedAt))),
    );
    const duringA = await readiness(cluster.a.url);
    const storeSeq = (await cluster.store.loadEvents(room.meeting.id)).length;
    const behind = room.everyone.filter((client) => client.seq < storeSeq).length;

    await link.setMode(ProxyMode.Pass);
    const backAt = performance.now();
    const converged = await convergeToStore(cluster, room, backAt);
    const nodesLost = expectNodesUp(cluster);
    const log = checkLog(
      room.meeting.id,
      await cluster.store.loadEvents(room.meeting.id),
      answered,
    );
    const acks = answered.filter((answer) => answer.ack.ok).length;
    const syncs = room.everyone.reduce(
      (sum, client) => sum + client.catchUps.filter((kind) => kind !== 'connect-snapshot').length,
      0,
    );
    report('Redis link of node A black-holed for 8 s', {
      commandsSent: answered.length,
      acksDuringSilence: acks,
      storedExactlyOnce: log.found,
      clientsBehindWhenLinkBack: behind,
      readyzOfADuringSilence: duringA,
      syncsAskedByClients: syncs,
      convergedMsAfterLinkBack: Math.round(converged.afterMs),
      nodesLost,
    });
    expect(acks).toBe(answered.length);
    expect(log.found).toBe(answered.length);
    expect(behind).toBeGreaterThan(0);
    expect(converged.afterMs).toBeLessThanOrEqual(TARGET_MS);
    for (const node of [cluster.a, cluster.b]) {
      expect(
        node
          .stderr()
          .split('\n')
          .filter((line) => line.includes('unhandled rejection')),
      ).toEqual([]);
    }
  });
});
