/**
 * Who is online and whose private view changed, over real sockets on one server: a joiner shows
 * online with the join's own patch (one packet), a private view reaches every tab of its browser,
 * and the sending tab's rides in its acknowledgement.
 */
import type { ServerMessage } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';

describe('presence and private views', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("hears of a joiner with the join itself: the online list rides in its patch's packet", async () => {
    const room = await openRoom(server.url, { participants: 2 });
    try {
      const watcher = await TestClient.connect(server.url, {
        meetingId: room.meeting.id,
        record: true,
      });
      const packets: ServerMessage[][] = [];
      watcher.socket.on('message', (...messages) => packets.push(messages));
      await watcher.waitFor((c) => c.online.length === 3);
      const late = await TestClient.connect(server.url, { meetingId: room.meeting.id });
      const lateId = await late.join('Late Lou');
      await watcher.waitFor((c) => c.online.includes(lateId));
      const listsLate = (message: ServerMessage) =>
        message.type === 'presence' && message.online.includes(lateId);
      const firstListing = watcher.received.findIndex(listsLate);
      expect(watcher.received[firstListing - 1]?.type).toBe('patch');
      const withList = packets.find((messages) => messages.some(listsLate));
      expect(withList?.map((message) => message.type)).toEqual(['patch', 'presence']);
      // Well past the presence window: no later presence message repeats the list.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(watcher.received.filter(listsLate)).toHaveLength(1);
      late.close();
      await watcher.waitFor((c) => !c.online.includes(lateId));
      watcher.close();
    } finally {
      room.close();
    }
  });

  it('sends a private view to every tab of one browser', async () => {
    const room = await openRoom(server.url, { participants: 1 });
    const first = await TestClient.connect(server.url, { meetingId: room.meeting.id });
    try {
      await first.join('Two Tabs');
      const second = await TestClient.connect(server.url, {
        meetingId: room.meeting.id,
        token: first.token,
      });
      try {
        await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
        await first.ok({ type: 'topic:propose', title: 'Onboarding' });
        await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
        const topicId = room.facilitator.view?.topics[0]?.id ?? '';
        await first.ok({ type: 'vote:cast', topicId });
        for (const tab of [first, second]) await tab.waitFor((c) => c.me?.dotsLeft === 2);
        expect(second.me?.myTopicIds).toEqual([topicId]);

        first.close();
        await second.ok({ type: 'vote:cast', topicId });
        await second.waitFor((c) => c.me?.dotsLeft === 1);
      } finally {
        second.close();
      }
    } finally {
      first.close();
      room.close();
    }
  });

  it("puts the sender's new private view in its acknowledgement; its other tab gets a message", async () => {
    const room = await openRoom(server.url, { participants: 1 });
    const sender = await TestClient.connect(server.url, {
      meetingId: room.meeting.id,
      record: true,
    });
    try {
      await sender.join('Sam');
      const otherTab = await TestClient.connect(server.url, {
        meetingId: room.meeting.id,
        token: sender.token,
        record: true,
      });
      try {
        await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
        await room.facilitator.ok({ type: 'topic:propose', title: 'Onboarding' });
        await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
        const topicId = room.facilitator.view?.topics[0]?.id ?? '';
        const pushed = (client: TestClient) =>
          client.received.filter((message) => message.type === 'private').length;
        const [senderBefore, otherBefore] = [pushed(sender), pushed(otherTab)];
        // Raw, so the test sees the ack itself (the helper's `send` applies its view).
        const ack = await sender.socket
          .timeout(5_000)
          .emitWithAck('command', { id: 'vote-1', type: 'vote:cast', topicId });
        expect(ack).toMatchObject({
          ok: true,
          private: { me: { dotsLeft: 2, dots: { [topicId]: 1 } } },
        });
        // Labelled with the end of its group, never before the command's own sequence number.
        if (ack.ok) expect(ack.private?.seq).toBeGreaterThanOrEqual(ack.seq);
        await otherTab.waitFor((c) => c.me?.dotsLeft === 2);
        expect(pushed(otherTab)).toBe(otherBefore + 1);
        await sender.waitForSeq(ack.ok ? ack.seq : Number.NaN);
        expect(pushed(sender)).toBe(senderBefore);

        // A command that changes nothing of the sender's own carries no view.
        const moved = await room.facilitator.socket
          .timeout(5_000)
          .emitWithAck('command', { id: 'close-1', type: 'vote:close' });
        expect(moved).toEqual({ ok: true, seq: expect.any(Number) });
      } finally {
        otherTab.close();
      }
    } finally {
      sender.close();
      room.close();
    }
  });
});
