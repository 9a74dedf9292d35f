/**
 * Parallel tables over real sockets and the real store: the split deals out those online, a table
 * discusses on its own clock, and a restart finds every table as it was (tables are events).
 */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';

/** Splits a room of four participants into two tables and starts a discussion at the first. */
const discussingAtATable = async (server: TestServer) => {
  const room = await openRoom(server.url, { participants: 4, settings: { timeboxMinutes: 1 } });
  const { facilitator } = room;
  await facilitator.ok({ type: 'phase:set', phase: 'propose' });
  await facilitator.ok({ type: 'topic:propose', title: 'First' });
  await facilitator.ok({ type: 'topic:propose', title: 'Second' });
  await facilitator.ok({ type: 'phase:set', phase: 'vote' });
  await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
  await facilitator.ok({
    type: 'tables:split',
    count: 2,
    mode: 'shared',
    assignment: 'balanced',
  });
  const tables = facilitator.view?.tables;
  const [first, second] = tables?.tables ?? [];
  if (!first || !second) throw new Error('no tables');
  // The four participants online are dealt out two and two; the facilitator looks after both.
  expect([first.people.length, second.people.length]).toEqual([2, 2]);
  const host = first.people[0] ?? '';
  await facilitator.ok({ type: 'tables:host', tableId: first.id, participantId: host });
  await facilitator.ok({ type: 'tables:where', tableId: first.id, text: 'Breakout 1' });
  await facilitator.ok({ type: 'tables:rename', tableId: first.id, name: '  Remote corner ' });
  await facilitator.ok({ type: 'tables:pull', tableId: first.id });
  const topicId = facilitator.view?.tables?.tables[0]?.queue[0] ?? '';
  const started = await facilitator.ok({
    type: 'discussion:start',
    tableId: first.id,
    topicId,
  });
  await Promise.all(room.everyone.map((client) => client.waitForSeq(started)));
  // The new name reaches every table's glance, trimmed by the server.
  expect(room.everyone.map((client) => client.view?.tables?.tables[0]?.title)).toEqual(
    room.everyone.map(() => 'Remote corner'),
  );
  room.close();
  return { room, first, second, host, topicId };
};

describe('parallel tables on the server', () => {
  it('deals out those online, runs a table timer and keeps every table across a restart', async () => {
    const clock = new FakeClock();
    const before = await startTestServer({ clock });
    const { room, second, host, topicId } = await discussingAtATable(before).finally(() =>
      before.close({ keepData: true }),
    );
    const { id: meetingId } = room.meeting;

    const restartedClock = new FakeClock(clock.now());
    const server = await startTestServer({ clock: restartedClock, dataDir: before.dataDir });
    const back = await TestClient.connect(server.url, { meetingId, token: room.facilitator.token });
    try {
      const table = back.view?.tables?.tables[0];
      expect(table?.hostId).toBe(host);
      expect(table?.whereWeTalk).toBe('Breakout 1');
      expect([table?.name, table?.title]).toEqual(['1', 'Remote corner']);
      expect(table?.discussion?.topicId).toBe(topicId);
      expect(back.view?.tables?.tables[1]?.people).toEqual(second.people);
      expect(back.view?.queue).not.toContain(topicId);
      // The table's timer is armed again from its stored deadline.
      expect(table?.discussion?.continueVote).toBeNull();
      restartedClock.advance(60_000);
      await back.waitFor((client) =>
        Boolean(client.view?.tables?.tables[0]?.discussion?.continueVote),
      );
    } finally {
      back.close();
      await server.close();
    }
  });
});
