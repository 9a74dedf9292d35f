/**
 * PostgreSQL fails under two nodes, through a TCP proxy the test switches: refused, black-holed
 * (connections accepted, nothing answered), and every connection reset in the middle of a burst
 * of writes. In each, both nodes stay up; a command that cannot be stored is answered `INTERNAL`
 * within the target (5 s), never left hanging; `/readyz` says the store is down; the nodes
 * recover by themselves when the database does; a command sent again under its id is stored
 * exactly once; and every client ends at the store's sequence without a further command.
 */
import { ErrorCode } from '@percolate/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ProxyMode, startTcpProxy, type TcpProxy } from '../../helpers/tcpProxy.js';
import { type Answered, runBurst } from '../cluster/support/burst.js';
import {
  clusterServices,
  describeWithCluster,
  startCluster,
  type TestCluster,
} from '../cluster/support/cluster.js';
import { oneEach, sendFailedAgain } from './support/answers.js';
import {
  afterDrill,
  type FaultRoom,
  openFaultRoom,
  readiness,
  report,
} from './support/faultRoom.js';

const services = await clusterServices();

const ANSWER_TARGET_MS = 5_000;
const CONVERGE_TARGET_MS = 2_000;
const RECOVERY_TIMEOUT_MS = 10_000;
const BURST_PER_CLIENT = 12;
const RESET_AFTER_ANSWERS = 30;

describeWithCluster(services, 'PostgreSQL refused, black-holed and reset', (urls) => {
  let proxy: TcpProxy;
  let cluster: TestCluster;
  let room: FaultRoom;
  /** Every command of the whole drill, with its last answer. */
  const answered: Answered[] = [];

  beforeAll(async () => {
    const postgresPort = Number(new URL(urls.databaseUrl).port || 5432);
    proxy = await startTcpProxy(postgresPort);
    const viaProxy = { databaseUrl: proxy.urlFor(urls.databaseUrl) };
    cluster = await startCluster(urls, {}, { a: viaProxy, b: viaProxy });
    room = await openFaultRoom(cluster);
  }, 180_000);
  afterAll(async () => {
    room?.close();
    await cluster?.close();
    await proxy?.close();
  });

  /** The store answers again: how long until both nodes say they are ready. */
  const recovered = async (): Promise<number> => {
    const startedAt = performance.now();
    for (const node of [cluster.a, cluster.b]) {
      await expect
        .poll(() => readiness(node.url), { timeout: RECOVERY_TIMEOUT_MS, interval: 50 })
        .toMatchObject({ httpStatus: 200, store: 'up' });
    }
    return performance.now() - startedAt;
  };

  const drill = async (fault: string, mode: ProxyMode) => {
    await proxy.setMode(mode);
    const { answered: during, slowestMs } = await oneEach(room.everyone, fault, (client) => ({
      type: 'topic:propose',
      title: `While PostgreSQL is ${fault} (${client})`,
    }));
    answered.push(...during);
    const ready = await readiness(cluster.a.url);
    await proxy.setMode(ProxyMode.Pass);
    const recoveryMs = await recovered();
    const sentAgain = await sendFailedAgain(room.everyone, during);
    const lastAnswer = performance.now();
    const { converged, nodesLost } = await afterDrill(cluster, room, lastAnswer, answered);
    report(`PostgreSQL ${fault}`, {
      commandsSent: during.length,
      acksDuringFault: during.length - sentAgain,
      slowestAnswerMsDuringFault: Math.round(slowestMs),
      readyzDuringFault: ready,
      recoveryMs: Math.round(recoveryMs),
      storedAfterSendingAgain: during.filter((a) => a.ack.ok).length,
      convergedMsAfterLastAnswer: Math.round(converged.afterMs),
      nodesLost,
    });
    expect(sentAgain).toBe(during.length);
    expect(slowestMs).toBeLessThanOrEqual(ANSWER_TARGET_MS);
    expect(ready).toMatchObject({ httpStatus: 503, status: 'unavailable', store: 'down' });
    expect(during.every((a) => a.ack.ok)).toBe(true);
    expect(converged.afterMs).toBeLessThanOrEqual(CONVERGE_TARGET_MS);
  };

  it('answers INTERNAL at once while PostgreSQL refuses connections, and recovers', {
    timeout: 40_000,
  }, async () => {
    await drill('refused', ProxyMode.Refuse);
  });

  it('answers INTERNAL within 5 s while PostgreSQL is black-holed, and recovers', {
    timeout: 40_000,
  }, async () => {
    await drill('black-holed', ProxyMode.BlackHole);
  });

  it('stores every acknowledged command once when all connections are reset mid-write', {
    timeout: 60_000,
  }, async () => {
    const burst: Answered[] = [];
    const done = runBurst(
      room.everyone,
      BURST_PER_CLIENT,
      (client, i) => ({ type: 'topic:propose', title: `Burst ${client}.${i}` }),
      burst,
    );
    await expect
      .poll(() => burst.length, { interval: 1, timeout: 20_000 })
      .toBeGreaterThanOrEqual(RESET_AFTER_ANSWERS);
    proxy.resetAll();
    const resetAt = performance.now();
    await done;
    const failed = burst.filter((a) => !a.ack.ok);
    // The reset can only have cost a command an INTERNAL answer, never another refusal.
    expect(failed.map((a) => !a.ack.ok && a.ack.error.code)).toEqual(
      failed.map(() => ErrorCode.Internal),
    );
    // The commands in flight when the connections were reset, and those sent soon after.
    const slowestAfterReset = Math.max(
      ...burst.filter((a) => a.answeredAt >= resetAt).map((a) => a.answeredAt - a.sentAt),
    );
    answered.push(...burst);
    const sentAgain = await sendFailedAgain(room.everyone, burst);
    const { converged, nodesLost, log } = await afterDrill(
      cluster,
      room,
      performance.now(),
      answered,
    );
    report('PostgreSQL connections reset mid-write', {
      commandsSent: burst.length,
      acksDuringFault: burst.length - failed.length,
      answeredInternal: sentAgain,
      slowestAnswerMsAfterReset: Math.round(slowestAfterReset),
      storedExactlyOnce: log.found,
      convergedMsAfterLastAnswer: Math.round(converged.afterMs),
      nodesLost,
    });
    // Sent again under its id, each is stored once (or was already, and gets its first answer).
    for (const answer of failed) expect(answer.ack).toMatchObject({ ok: true });
    expect(slowestAfterReset).toBeLessThanOrEqual(ANSWER_TARGET_MS);
    expect(converged.afterMs).toBeLessThanOrEqual(CONVERGE_TARGET_MS);
  });
});
