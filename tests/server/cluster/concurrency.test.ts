/**
 * Two nodes taking commands for one meeting at the same moment. Each appends with the sequence
 * number it expects; the loser of a race catches up with the store and decides its batch again.
 * One participant has a tab on each node and spends their dots from both at once: the budget holds
 * across nodes. Afterwards every client, on either node, has the same meeting at the same
 * sequence number as the store, and each acknowledged command is there exactly once.
 */
import { dotsUsed } from '@percolate/shared';
import { afterAll, expect, it } from 'vitest';
import type { CommandInput } from '../../helpers/builders.js';
import { TestClient } from '../../helpers/testClient.js';
import { createMeeting } from '../../helpers/testServer.js';
import { expectConverged } from '../support/room.js';
import { type Answered, runBurst } from './support/burst.js';
import { clusterServices, describeWithCluster, startCluster } from './support/cluster.js';
import { checkLog } from './support/logChecks.js';

const services = await clusterServices();

const PARTICIPANTS = 6;
const COMMANDS_PER_PARTICIPANT = 30;
const DOTS = 10;
const SEEDS = 3;

/** The runtime logs each lost race at debug level. */
const racesLost = (stderr: string): number =>
  stderr.split('\n').filter((line) => line.includes('meeting moved on in the store')).length;

describeWithCluster(services, 'two nodes writing to one meeting at once', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('gives everyone the same meeting in the same order, each command once', {
    timeout: 90_000,
  }, async () => {
    const cluster = await startCluster(urls, { LOG_LEVEL: 'debug' });
    cleanup.push(() => cluster.close());
    const nodeUrl = (n: number) => (n % 2 === 0 ? cluster.a.url : cluster.b.url);
    const meeting = await createMeeting(cluster.b.url, 'Both nodes at once', {
      dotsPerPerson: DOTS,
      maxDotsPerTopic: DOTS,
    });
    const connect = async (url: string, options: { token?: string; key?: boolean } = {}) => {
      const client = await TestClient.connect(url, {
        meetingId: meeting.id,
        ...(options.token ? { token: options.token } : {}),
        ...(options.key ? { facilitatorKey: meeting.facilitatorKey } : {}),
      });
      cleanup.push(() => client.close());
      return client;
    };

    const facilitator = await connect(cluster.a.url, { key: true });
    await facilitator.join('Fran');
    const participants = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, n) => {
        const client = await connect(nodeUrl(n + 1));
        await client.join(`Person ${n + 1}`);
        return client;
      }),
    );
    // One person, two tabs: one on each node. The tab on B learns who it is from B.
    const tabOnA = await connect(cluster.a.url);
    const tabOnB = await connect(cluster.b.url, { token: tabOnA.token });
    const twoTabs = await tabOnA.join('Two tabs');
    await tabOnB.waitFor((c) => c.me?.participantId === twoTabs);

    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    for (let i = 0; i < SEEDS; i += 1) {
      await facilitator.ok({ type: 'topic:propose', title: `Seed ${i}` });
    }
    const everyone = [facilitator, ...participants, tabOnA, tabOnB];
    const voting = await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    const seeds = (await expectConverged(everyone, voting)).topics.map((topic) => topic.id);

    const answered: Answered[] = [];
    const writers = [...participants, tabOnA, tabOnB];
    const isTab = (client: number) => client >= PARTICIPANTS;
    const commandFor = (client: number, i: number): CommandInput =>
      isTab(client) || i % 2 === 0
        ? { type: 'vote:cast', topicId: seeds[(client + i) % SEEDS] ?? '' }
        : { type: 'topic:propose', title: `Burst ${client}.${i}` };
    // Each tab alone would fit the budget; together they try twice as many dots.
    await runBurst(writers, COMMANDS_PER_PARTICIPANT, commandFor, answered);

    const events = await cluster.store.loadEvents(meeting.id);
    const last = events.at(-1)?.seq ?? 0;
    const seen = await expectConverged(everyone, last);
    for (const client of everyone) expect(client.seq).toBe(last);
    const figures = checkLog(meeting.id, events, answered);
    // Refused only by the rules, never because a node kept losing the race.
    const refusals = new Set(answered.map(({ ack }) => (ack.ok ? 'ok' : ack.error.code)));
    expect([...refusals].sort()).toEqual(['VOTE_BUDGET_EXHAUSTED', 'ok']);
    expect(seen).toEqual(figures.view);

    const tabDots = answered.filter((a) => isTab(a.client) && a.ack.ok).length;
    expect(tabDots).toBe(DOTS);
    expect(dotsUsed(figures.state, twoTabs)).toBe(DOTS);
    await Promise.all([tabOnA, tabOnB].map((tab) => tab.waitFor((c) => c.me?.dotsLeft === 0)));

    // The race this test is about really happened.
    const races = racesLost(cluster.a.stderr()) + racesLost(cluster.b.stderr());
    expect(races).toBeGreaterThan(0);
    console.info(
      `concurrency test: ${answered.length} commands from ${writers.length} clients on 2 nodes, ` +
        `${figures.acknowledged} acknowledged and found once each, ${races} races lost and ` +
        `decided again, every client at seq ${last}`,
    );
  });
});
