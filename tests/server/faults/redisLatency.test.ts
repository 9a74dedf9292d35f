/**
 * 200 ms between node A and Redis (a TCP proxy adding the delay each way), while the people on
 * both nodes vote and propose in one meeting as fast as they can. Every command is acknowledged
 * and stored once, both nodes stay up, and every client reaches the store's sequence within the
 * target (2 s) after the last answer. The figures printed (acks per node, their median time, the
 * syncs clients had to ask for) are the ones the closing note compares.
 */
import { afterAll, expect, it } from 'vitest';
import { startRedisServer } from '../../helpers/redisServer.js';
import { startTcpProxy } from '../../helpers/tcpProxy.js';
import { type Answered, runBurst } from '../cluster/support/burst.js';
import { clusterServices, describeWithCluster, startCluster } from '../cluster/support/cluster.js';
import { checkLog } from '../cluster/support/logChecks.js';
import { convergeToStore, expectNodesUp, openFaultRoom, report } from './support/faultRoom.js';

const services = await clusterServices();

const LATENCY_MS = 200;
const COMMANDS_PER_CLIENT = 12;
const TARGET_MS = 2_000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describeWithCluster(services, '200 ms between a node and Redis', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('acknowledges and stores everything once, and every client converges soon after', {
    timeout: 180_000,
  }, async () => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.close());
    const slowLink = await startTcpProxy(redis.port);
    cleanup.push(() => slowLink.close());
    slowLink.setLatency(LATENCY_MS);
    const cluster = await startCluster(
      { ...urls, redisUrl: redis.url },
      {},
      { a: { redisUrl: slowLink.urlFor(redis.url) } },
    );
    cleanup.push(() => cluster.close());
    const room = await openFaultRoom(cluster);
    cleanup.push(() => room.close());
    const syncsBefore = room.everyone.map((client) => client.catchUps.length);

    const answered: Answered[] = [];
    const startedAt = performance.now();
    await runBurst(
      room.everyone,
      COMMANDS_PER_CLIENT,
      (client, i) => ({ type: 'topic:propose', title: `Slow link ${client}.${i}` }),
      answered,
    );
    const lastAnswer = performance.now();
    const converged = await convergeToStore(cluster, room, lastAnswer);
    const nodesLost = expectNodesUp(cluster);
    const log = checkLog(
      room.meeting.id,
      await cluster.store.loadEvents(room.meeting.id),
      answered,
    );
    const ackMs = (node: 0 | 1) =>
      median(
        answered
          .filter((answer) => answer.client % 2 === node)
          .map((answer) => answer.answeredAt - answer.sentAt),
      );
    const syncs = room.everyone.reduce(
      (sum, client, n) => sum + client.catchUps.length - (syncsBefore[n] ?? 0),
      0,
    );
    report('200 ms between node A and Redis', {
      commandsSent: answered.length,
      acks: log.acknowledged,
      storedExactlyOnce: log.found,
      burstMs: Math.round(lastAnswer - startedAt),
      ackMedianMsOnA: Math.round(ackMs(0)),
      ackMedianMsOnB: Math.round(ackMs(1)),
      syncsAskedByClients: syncs,
      convergedMsAfterLastAnswer: Math.round(converged.afterMs),
      nodesLost,
    });
    expect(log.acknowledged).toBe(answered.length);
    expect(converged.afterMs).toBeLessThanOrEqual(TARGET_MS);
  });
});
