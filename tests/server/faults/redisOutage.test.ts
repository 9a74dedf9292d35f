/**
 * Redis dies for ten seconds under two nodes and comes back. Both nodes stay up and keep
 * acknowledging their own clients' commands (the store is the truth); once Redis answers again,
 * every client of both nodes shows the store's sequence within the target (2 s), sending nothing.
 */
import { afterAll, expect, it } from 'vitest';
import type { CommandInput } from '../../helpers/builders.js';
import { startRedisServer } from '../../helpers/redisServer.js';
import type { TestClient } from '../../helpers/testClient.js';
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

const OUTAGE_MS = 10_000;
const COMMANDS_PER_CLIENT = 6;
/** Spreads each client's commands over the outage. */
const PACE_MS = 1_000;
const TARGET_MS = 2_000;
const NO_CHECK_MS = 10 * 60_000;
/** Connection refused, closed unexpectedly, a timeout: a few kinds, never one per attempt. */
const MAX_ERROR_KINDS = 4;

describeWithCluster(services, 'Redis killed for ten seconds', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps both nodes acknowledging, and brings every client to the store once Redis is back', {
    timeout: 180_000,
  }, async () => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.close());
    // No periodic check during the test: what brings the clients up to date is Redis's return.
    const cluster = await startCluster(
      { ...urls, redisUrl: redis.url },
      { CLUSTER_CHECK_MS: String(NO_CHECK_MS) },
    );
    cleanup.push(() => cluster.close());
    const room = await openFaultRoom(cluster);
    cleanup.push(() => room.close());

    await redis.kill();
    const killedAt = performance.now();
    const answered: Answered[] = [];
    await runBurst(
      room.everyone,
      COMMANDS_PER_CLIENT,
      (client, i) => ({ type: 'topic:propose', title: `During the outage ${client}.${i}` }),
      answered,
      PACE_MS,
    );
    // The last word is A's: B's clients cannot have it before Redis is back.
    const lastWord: CommandInput = { type: 'topic:propose', title: 'Last word on A' };
    const sentAt = performance.now();
    const speaker = room.everyone[0] as TestClient;
    const lastAck = await speaker.send(lastWord, 'burst-last');
    answered.push({
      client: 0,
      commandId: 'burst-last',
      storedId: speaker.storedCommandId('burst-last'),
      input: lastWord,
      ack: lastAck,
      sends: 1,
      sentAt,
      answeredAt: performance.now(),
    });
    const during = await Promise.all([readiness(cluster.a.url), readiness(cluster.b.url)]);
    for (const node of during) {
      expect(node).toMatchObject({ httpStatus: 200, status: 'degraded', redis: 'down' });
    }
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - (performance.now() - killedAt)));

    const storeSeq = (await cluster.store.loadEvents(room.meeting.id)).length;
    const behind = room.everyone.filter((client) => client.seq < storeSeq).length;
    const restartedAt = performance.now();
    await redis.start();
    // Once it answers a PING (the nodes may have reconnected a moment before).
    const backAt = performance.now();
    const converged = await convergeToStore(cluster, room, backAt);
    const nodesLost = expectNodesUp(cluster);
    const log = checkLog(
      room.meeting.id,
      await cluster.store.loadEvents(room.meeting.id),
      answered,
    );
    const acks = answered.filter((answer) => answer.ack.ok).length;
    report('Redis killed for 10 s', {
      commandsSent: answered.length,
      acksDuringOutage: acks,
      clientsBehindWhenRedisBack: behind,
      stored: log.found,
      redisStartMs: Math.round(backAt - restartedAt),
      convergedMsAfterRedisBack: Math.round(converged.afterMs),
      nodesLost,
    });
    expect(acks).toBe(answered.length);
    expect(behind).toBeGreaterThan(0);
    expect(converged.afterMs).toBeLessThanOrEqual(TARGET_MS);
    for (const node of [cluster.a, cluster.b]) {
      const lines = node.stderr().split('\n');
      // One line per kind of failure, not one per reconnect attempt or message.
      const errorLines = lines.filter((line) => line.includes('"Redis connection error"'));
      expect(errorLines.length).toBeGreaterThan(0);
      expect(errorLines.length).toBeLessThanOrEqual(MAX_ERROR_KINDS);
      expect(lines.filter((line) => line.includes('unhandled rejection'))).toEqual([]);
      await expect.poll(() => readiness(node.url)).toMatchObject({ status: 'ready', redis: 'up' });
    }
  });
});
