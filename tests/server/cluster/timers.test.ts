/**
 * Timers across nodes. Every node holding a meeting arms its discussion timer from the stored
 * deadline, so both fire; the expected sequence number lets only one expiry into the log. When
 * the node where the timer was started dies, the other one still ends the timebox, and a
 * facilitator who was only on the dead node counts as gone there, so facilitation passes to the
 * co-facilitator present on the surviving node. The nodes' clocks run 30 times faster (a minute
 * takes two seconds), the same in both processes.
 */
import type { MeetingEvent } from '@percolate/shared';
import { afterAll, expect, it } from 'vitest';
import { TestClient } from '../../helpers/testClient.js';
import { createMeeting } from '../../helpers/testServer.js';
import { clusterServices, describeWithCluster, startCluster } from './support/cluster.js';

const services = await clusterServices();

const TIME_SCALE = 30;
/** Longer than the failover wait (a scaled minute), to see that nothing happens meanwhile. */
const QUIET_MS = (2 * 60_000) / TIME_SCALE;

const timeIsUp = (topicId: string) => (client: TestClient) =>
  client.view?.discussion?.topicId === topicId && client.view.discussion.continueVote !== null;
const expiries = (events: readonly MeetingEvent[], topicId: string) =>
  events.filter((event) => event.type === 'timer:expired' && event.topicId === topicId);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithCluster(services, 'timers with two nodes', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('expires once while both nodes run it, and on the survivor when the other dies', {
    timeout: 90_000,
  }, async () => {
    const cluster = await startCluster(urls, {
      PERCOLATE_TEST_TIME_SCALE: String(TIME_SCALE),
      PERCOLATE_TEST_TIME_ORIGIN: String(Date.now()),
    });
    cleanup.push(() => cluster.close());
    const meeting = await createMeeting(cluster.a.url, 'Timed', { timeboxMinutes: 1 });
    const connect = async (url: string, name: string, key = false) => {
      const client = await TestClient.connect(url, {
        meetingId: meeting.id,
        ...(key ? { facilitatorKey: meeting.facilitatorKey } : {}),
      });
      cleanup.push(() => client.close());
      await client.join(name);
      return client;
    };
    // The facilitator is on A only (no load balancer to take them elsewhere); the others on B.
    const facilitator = await connect(cluster.a.url, 'Fran', true);
    const cofacilitator = await connect(cluster.b.url, 'Cosima');
    const participant = await connect(cluster.b.url, 'Pat');
    await facilitator.ok({
      type: 'role:set',
      participantId: cofacilitator.participantId,
      role: 'cofacilitator',
    });
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await facilitator.ok({ type: 'topic:propose', title: 'First' });
    await facilitator.ok({ type: 'topic:propose', title: 'Second' });
    await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
    const [first, second] = (facilitator.view?.topics ?? []).map((topic) => topic.id);
    if (!first || !second) throw new Error('no topics');
    await participant.waitFor((c) => c.online.length === 3);

    // Both nodes have the meeting and arm the timer; one expiry reaches the log.
    await facilitator.ok({ type: 'discussion:start', topicId: first });
    const everyone = [facilitator, cofacilitator, participant];
    await Promise.all(everyone.map((client) => client.waitFor(timeIsUp(first))));
    await pause(QUIET_MS);
    expect(expiries(await cluster.store.loadEvents(meeting.id), first)).toHaveLength(1);
    // B saw the facilitator on A all along: no failover while they were there.
    expect(cofacilitator.me?.role).toBe('cofacilitator');

    // A dies right after starting the second timebox; B ends it.
    await facilitator.ok({ type: 'discussion:close' });
    await facilitator.ok({ type: 'discussion:start', topicId: second });
    const killedAt = performance.now();
    await cluster.a.crash();
    await participant.waitFor(timeIsUp(second));
    const expiredAfterMs = performance.now() - killedAt;
    // B stops counting the facilitator as online once A no longer answers for its sockets.
    await participant.waitFor((c) => !c.online.includes(facilitator.participantId));
    // And facilitation passes to the co-facilitator, who is still here.
    await cofacilitator.waitFor((c) => c.me?.role === 'facilitator');
    const handedOverAfterMs = performance.now() - killedAt;
    await pause(QUIET_MS / 2);

    const events = await cluster.store.loadEvents(meeting.id);
    expect(expiries(events, second)).toHaveLength(1);
    const handovers = events.filter((event) => event.type === 'facilitation:handedOver');
    expect(handovers).toEqual([
      expect.objectContaining({
        from: facilitator.participantId,
        to: cofacilitator.participantId,
        reason: 'failover',
      }),
    ]);
    console.info(
      `timer test: one expiry per timebox with both nodes armed; after SIGKILL of A the second ` +
        `timebox expired on B ${Math.round(expiredAfterMs)} ms later (deadline ~2,000 ms after ` +
        `the start), facilitation passed over after ${Math.round(handedOverAfterMs)} ms`,
    );
  });
});
