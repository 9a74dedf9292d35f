/**
 * 200 ms between node A and Redis (a TCP proxy adding the delay each way), while the people on
 * both nodes vote and propose in one meeting as fast as they can. Every command is acknowledged
 * and stored once, both nodes stay up, and every client reaches the store's sequence within the
 * target (2 s) after the last answer. The figures printed (acks per node, their median time, the
 * syncs clients had to ask for) are the ones the closing note compares.
 */
import { expect, it } from 'vitest';
import { type Answered, runBurst } from '../cluster/support/burst.js';
import { clusterServices, describeWithCluster } from '../cluster/support/cluster.js';
import { afterDrill, report } from './support/faultRoom.js';
import { redisDrills, syncsFromNow } from './support/redisDrill.js';

const services = await clusterServices();

const LATENCY_MS = 200;
const COMMANDS_PER_CLIENT = 12;
const TARGET_MS = 2_000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describeWithCluster(services, '200 ms between a node and Redis', (urls) => {
  const drills = redisDrills();

  it('acknowledges and stores everything once, and every client converges soon after', {
    timeout: 180_000,
  }, async () => {
    const { linkOfA, cluster, room } = await drills.start(urls);
    linkOfA.setLatency(LATENCY_MS);
    const syncs = syncsFromNow(room);

    const answered: Answered[] = [];
    const startedAt = performance.now();
    await runBurst(
      room.everyone,
      COMMANDS_PER_CLIENT,
      (client, i) => ({ type: 'topic:propose', title: `Slow link ${client}.${i}` }),
      answered,
    );
    const lastAnswer = performance.now();
    const { converged, nodesLost, log } = await afterDrill(cluster, room, lastAnswer, answered);
    const ackMs = (node: 0 | 1) =>
      median(
        answered
          .filter((answer) => answer.client % 2 === node)
          .map((answer) => answer.answeredAt - answer.sentAt),
      );
    report('200 ms between node A and Redis', {
      commandsSent: answered.length,
      acks: log.acknowledged,
      storedExactlyOnce: log.found,
      burstMs: Math.round(lastAnswer - startedAt),
      ackMedianMsOnA: Math.round(ackMs(0)),
      ackMedianMsOnB: Math.round(ackMs(1)),
      syncsAskedByClients: syncs(),
      convergedMsAfterLastAnswer: Math.round(converged.afterMs),
      nodesLost,
    });
    expect(log.acknowledged).toBe(answered.length);
    expect(converged.afterMs).toBeLessThanOrEqual(TARGET_MS);
  });
});
