/**
 * A node dies and its meeting goes on. Two server processes share PostgreSQL and Redis, each
 * behind a load balancer that falls back to the other; the clients of one meeting are spread over
 * both. During a burst of dots and topics node A is SIGKILLed: its clients reconnect to B through
 * their load balancer, send again what was never answered (same command ids) and carry on. Every
 * acknowledged command is stored exactly once, the dot rules hold, and everyone sees the same.
 */
import { afterAll, expect, it } from 'vitest';
import type { CommandInput } from '../../helpers/builders.js';
import { storedAnswer } from '../../helpers/storedAnswer.js';
import { TestClient } from '../../helpers/testClient.js';
import { createMeeting } from '../../helpers/testServer.js';
import { expectConverged } from '../support/room.js';
import { type Answered, runBurst } from './support/burst.js';
import { clusterServices, describeWithCluster, startCluster } from './support/cluster.js';
import { checkLog } from './support/logChecks.js';

const services = await clusterServices();

const PEOPLE = 8;
const COMMANDS_PER_CLIENT = 40;
/** Kill once this many answers came back: well inside the burst of 320. */
const KILL_AFTER_ANSWERS = 100;
const SEEDS = 4;

describeWithCluster(services, 'a node killed in the middle of a burst', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps every acknowledged command exactly once while its clients move to the other node', {
    timeout: 90_000,
  }, async () => {
    const cluster = await startCluster(urls);
    cleanup.push(() => cluster.close());
    const meeting = await createMeeting(cluster.a.url, 'Two nodes', {
      dotsPerPerson: 15,
      maxDotsPerTopic: 15,
    });
    // Even-numbered people come in through A's load balancer, odd ones through B's.
    const viaA = (n: number) => n % 2 === 0;
    const everyone = await Promise.all(
      Array.from({ length: PEOPLE }, async (_, n) => {
        const client = await TestClient.connect(viaA(n) ? cluster.toA.url : cluster.toB.url, {
          meetingId: meeting.id,
          ...(n === 1 ? { facilitatorKey: meeting.facilitatorKey } : {}),
        });
        cleanup.push(() => client.close());
        await client.join(n === 1 ? 'Fran' : `Person ${n}`);
        return client;
      }),
    );
    const facilitator = everyone[1] as TestClient;
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    for (let i = 0; i < SEEDS; i += 1) {
      await facilitator.ok({ type: 'topic:propose', title: `Seed ${i}` });
    }
    const voting = await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    const seeds = (await expectConverged(everyone, voting)).topics.map((topic) => topic.id);

    const answered: Answered[] = [];
    const commandFor = (client: number, i: number): CommandInput =>
      i % 2 === 0
        ? { type: 'vote:cast', topicId: seeds[(client + i) % SEEDS] ?? '' }
        : { type: 'topic:propose', title: `Burst ${client}.${i}` };
    const burst = runBurst(everyone, COMMANDS_PER_CLIENT, commandFor, answered);

    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (answered.length < KILL_AFTER_ANSWERS) return;
        clearInterval(poll);
        resolve();
      }, 1);
    });
    const answeredBeforeKill = answered.length;
    // Answers A wrote just before it died may still arrive; what counts is after the reconnect.
    const reconnectedAt = new Map<number, number>();
    for (const [n, client] of everyone.entries()) {
      client.socket.once('connect', () => reconnectedAt.set(n, performance.now()));
    }
    const killedAt = performance.now();
    await cluster.a.crash();
    await burst;

    // The meeting goes on: one more command from each, then everyone sees the same meeting.
    const after = await Promise.all(
      everyone.map(async (client, n) => {
        await client.ok({ type: 'topic:propose', title: `After ${n}` });
        return performance.now();
      }),
    );
    const closed = await facilitator.ok({ type: 'vote:close' });
    const observer = await TestClient.connect(cluster.b.url, { meetingId: meeting.id });
    cleanup.push(() => observer.close());
    const seen = await expectConverged([...everyone, observer], closed);
    expect(seen.votingClosed).toBe(true);

    const events = await cluster.store.loadEvents(meeting.id);
    const figures = checkLog(meeting.id, events, answered);
    expect(seen).toEqual(figures.view);
    expect(observer.seq).toBe(events.at(-1)?.seq);
    for (const answer of answered.filter((a) => a.ack.ok)) {
      expect(await cluster.store.findCommandAck(meeting.id, answer.storedId)).toEqual(
        storedAnswer(answer.ack),
      );
    }

    // How long A's clients were without a node: from the kill to their first answer from B.
    const clientsOfA = everyone.map((_, n) => n).filter(viaA);
    const resumeMs = clientsOfA.map((n) => {
      const back = reconnectedAt.get(n) ?? Number.NaN;
      const first = answered.find((a) => a.client === n && a.ack.ok && a.answeredAt >= back);
      return (first?.answeredAt ?? after[n] ?? Number.NaN) - killedAt;
    });
    expect(resumeMs.every(Number.isFinite)).toBe(true);
    // B's clients never noticed.
    expect(everyone.filter((_, n) => !viaA(n) && reconnectedAt.has(n))).toEqual([]);
    const refused = answered.filter((a) => !a.ack.ok);
    const sentAgain = answered.filter((a) => a.sends > 1).length;
    expect(refused.every((a) => !a.ack.ok && a.ack.error.code === 'VOTE_BUDGET_EXHAUSTED')).toBe(
      true,
    );
    console.info(
      `failover test: ${answered.length} burst commands answered (${answeredBeforeKill} before ` +
        `SIGKILL of node A), ${figures.acknowledged} acknowledged, ${figures.found} found exactly ` +
        `once in the store, ${refused.length} refused (dot budget), ${sentAgain} sent again after ` +
        `the kill; A's ${resumeMs.length} clients ` +
        `resumed on B after ${resumeMs.map((ms) => Math.round(ms)).join(', ')} ms ` +
        `(slowest ${Math.round(Math.max(...resumeMs))} ms)`,
    );
  });
});
