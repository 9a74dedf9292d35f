/**
 * A participant whose connection drops mid-meeting: when it comes back it catches up with the
 * patches it missed (not the whole view), and ends with the same view as everyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { expectConverged, openRoom } from './support/room.js';

const PATCH_HISTORY = 20;

describe('reconnecting', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      config: {
        patchHistory: PATCH_HISTORY,
        rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 },
      },
    });
  });
  afterAll(() => server.close());

  it('catches up by patches after a short drop and ends equal to the others', async () => {
    const room = await openRoom(server.url, { participants: 3 });
    const [p1, p2, p3] = room.participants as [TestClient, TestClient, TestClient];
    try {
      await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
      await expectConverged(room.everyone, room.facilitator.seq);
      const seqBefore = p3.seq;

      p3.disconnect();
      await room.facilitator.waitFor((c) => c.online.length === 3);
      await p1.ok({ type: 'topic:propose', title: 'Missed while offline' });
      await p2.ok({ type: 'topic:propose', title: 'Also missed' });
      await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
      const last = await p1.ok({ type: 'vote:cast', topicId: p1.view?.topics[0]?.id ?? '' });
      expect(p3.seq).toBe(seqBefore);

      p3.reconnect();
      const view = await expectConverged(room.everyone, last);
      expect(view.topics.map((t) => t.title)).toEqual(['Missed while offline', 'Also missed']);
      expect(p3.catchUps).toEqual(['connect-snapshot', 'patches']);
      expect(p3.me?.dotsLeft).toBe(3);
      await room.facilitator.waitFor((c) => c.online.length === 4);

      // Going on after the catch-up: p3's own command is reflected for everyone.
      const next = await p3.ok({ type: 'vote:cast', topicId: view.topics[1]?.id ?? '' });
      await expectConverged(room.everyone, next);
      expect(p3.me?.dotsLeft).toBe(2);
    } finally {
      room.close();
    }
  });

  it('gets a fresh snapshot when it missed more than the server keeps', async () => {
    const room = await openRoom(server.url, { participants: 2 });
    const [p1, p2] = room.participants as [TestClient, TestClient];
    try {
      await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
      await expectConverged(room.everyone, room.facilitator.seq);
      p2.disconnect();
      let last = 0;
      for (let i = 0; i < PATCH_HISTORY + 5; i += 1) {
        last = await p1.ok({ type: 'topic:propose', title: `Topic ${i}` });
      }
      p2.reconnect();
      await expectConverged(room.everyone, last);
      expect(p2.catchUps).toEqual(['connect-snapshot', 'snapshot']);
      expect(p2.view?.topics).toHaveLength(PATCH_HISTORY + 5);
    } finally {
      room.close();
    }
  });

  it('is told who is online when people come and go', async () => {
    const room = await openRoom(server.url, { participants: 2 });
    try {
      await room.facilitator.waitFor((c) => c.online.length === 3);
      const late = await TestClient.connect(server.url, { meetingId: room.meeting.id });
      expect(late.online).toHaveLength(3);
      const lateId = await late.join('Late Lou');
      await room.facilitator.waitFor((c) => c.online.includes(lateId));
      late.close();
      await room.facilitator.waitFor((c) => !c.online.includes(lateId));
    } finally {
      room.close();
    }
  });
});
