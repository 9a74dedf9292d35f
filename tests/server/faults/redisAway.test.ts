/**
 * Redis goes away under two nodes and comes back: killed for ten seconds, or node A's link to it
 * black-holed for eight (a TCP proxy that stops forwarding either way without closing anything,
 * as behind a firewall that drops packets). People on both nodes keep sending. Both nodes stay up
 * and acknowledge everything (the store is the truth), each acknowledged command is stored
 * exactly once, the nodes cut off say Redis is down, and once Redis (or the link) is back every
 * client of both nodes shows the store's sequence within the target (2 s), sending nothing.
 */
import { expect, it } from 'vitest';
import type { CommandInput } from '../../helpers/builders.js';
import { ProxyMode } from '../../helpers/tcpProxy.js';
import type { TestClient } from '../../helpers/testClient.js';
import { type Answered, runBurst } from '../cluster/support/burst.js';
import { clusterServices, describeWithCluster } from '../cluster/support/cluster.js';
import { afterDrill, readiness, report } from './support/faultRoom.js';
import {
  clientsBehind,
  expectNoUnhandledRejections,
  NO_PERIODIC_CHECK,
  type RedisDrill,
  redisDrills,
  syncsFromNow,
  until,
} from './support/redisDrill.js';

const services = await clusterServices();

const COMMANDS_PER_CLIENT = 6;
const TARGET_MS = 2_000;
/** Connection refused, closed unexpectedly, a timeout: a few kinds, never one per attempt. */
const MAX_LOG_KINDS = 4;
/** What a node logs when its Redis connections fail or fall silent. */
const REDIS_TROUBLE = ['"Redis connection error"', '"Redis link silent; connecting again"'];

interface Away {
  name: string;
  awayMs: number;
  cut(drill: RedisDrill): Promise<void>;
  restore(drill: RedisDrill): Promise<void>;
  /** The nodes cut off from Redis meanwhile. */
  cutOff: ('a' | 'b')[];
}

const AWAY: Away[] = [
  {
    name: 'Redis killed for 10 s',
    awayMs: 10_000,
    cut: ({ redis }) => redis.kill(),
    // Resolves once it answers a PING (the nodes may have reconnected a moment before).
    restore: ({ redis }) => redis.start(),
    cutOff: ['a', 'b'],
  },
  {
    name: "node A's Redis link black-holed for 8 s",
    awayMs: 8_000,
    cut: ({ linkOfA }) => linkOfA.setMode(ProxyMode.BlackHole),
    restore: ({ linkOfA }) => linkOfA.setMode(ProxyMode.Pass),
    cutOff: ['a'],
  },
];

describeWithCluster(services, 'Redis away for a while', (urls) => {
  const drills = redisDrills();

  for (const away of AWAY) {
    it(`${away.name}: both nodes keep acknowledging; every client reaches the store once it is back`, {
      timeout: 180_000,
    }, async () => {
      const drill = await drills.start(urls, NO_PERIODIC_CHECK);
      const { cluster, room } = drill;
      const syncs = syncsFromNow(room);

      await away.cut(drill);
      const cutAt = performance.now();
      const answered: Answered[] = [];
      // Spread over the time away.
      const paceMs = away.awayMs / (COMMANDS_PER_CLIENT + 4);
      await runBurst(
        room.everyone,
        COMMANDS_PER_CLIENT,
        (client, i) => ({ type: 'topic:propose', title: `While away ${client}.${i}` }),
        answered,
        paceMs,
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
      await until(cutAt, away.awayMs);
      const cutOff = away.cutOff.map((name) => cluster[name]);
      const whileAway = await Promise.all(cutOff.map((node) => readiness(node.url)));
      const behind = await clientsBehind(cluster, room);

      await away.restore(drill);
      const backAt = performance.now();
      const { converged, nodesLost, log } = await afterDrill(cluster, room, backAt, answered);
      const acks = answered.filter((answer) => answer.ack.ok).length;
      report(away.name, {
        commandsSent: answered.length,
        acksWhileAway: acks,
        storedExactlyOnce: log.found,
        clientsBehindWhenBack: behind,
        readyzOfCutOffNodesWhileAway: whileAway,
        syncsAskedByClients: syncs(),
        convergedMsAfterBack: Math.round(converged.afterMs),
        nodesLost,
      });
      expect(acks).toBe(answered.length);
      expect(log.found).toBe(answered.length);
      expect(behind).toBeGreaterThan(0);
      for (const node of whileAway) {
        expect(node).toMatchObject({ httpStatus: 200, status: 'degraded', redis: 'down' });
      }
      expect(converged.afterMs).toBeLessThanOrEqual(TARGET_MS);
      for (const node of cutOff) {
        // One line per kind of failure, not one per reconnect attempt or message.
        const lines = node
          .stderr()
          .split('\n')
          .filter((line) => REDIS_TROUBLE.some((text) => line.includes(text)));
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(MAX_LOG_KINDS);
      }
      for (const node of [cluster.a, cluster.b]) {
        await expect
          .poll(() => readiness(node.url))
          .toMatchObject({ status: 'ready', redis: 'up' });
      }
      expectNoUnhandledRejections(cluster);
    });
  }
});
