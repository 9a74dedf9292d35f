/**
 * The server runs the discussion timer: with a clock the test moves by hand it expires exactly at
 * the deadline (pauses and extensions move the deadline), a restart re-arms it from the stored
 * deadline, and an absent facilitator's role passes to a present co-facilitator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom, type Room } from './support/room.js';

const MINUTE = 60_000;
/** Long enough for a queued expiry to be committed and broadcast on a slow machine. */
const SETTLE_MS = 300;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

const timeIsUp = (client: TestClient) => client.view?.discussion?.continueVote != null;

describe('the discussion timer', () => {
  let server: TestServer | undefined;
  let room: Room | undefined;
  afterEach(async () => {
    room?.close();
    await server?.close();
    server = undefined;
    room = undefined;
  });

  /** A room discussing its only topic with a one-minute timebox. */
  const discussing = async (clock: FakeClock, dataDir?: string) => {
    server = await startTestServer({ clock, ...(dataDir ? { dataDir } : {}) });
    room = await openRoom(server.url, { participants: 2, settings: { timeboxMinutes: 1 } });
    const { facilitator } = room;
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await facilitator.ok({ type: 'topic:propose', title: 'Timed' });
    await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
    const topicId = facilitator.view?.topics[0]?.id ?? '';
    const started = await facilitator.ok({ type: 'discussion:start', topicId });
    await Promise.all(room.everyone.map((client) => client.waitForSeq(started)));
    return { server, room, facilitator, topicId };
  };

  it('passes a round that moves on by itself to the next speaker when the time is up', async () => {
    const clock = new FakeClock();
    server = await startTestServer({ clock });
    room = await openRoom(server.url, {
      participants: 2,
      settings: { checkinSecondsPerPerson: 30 },
    });
    const { facilitator } = room;
    await facilitator.ok({ type: 'round:start', round: 'checkin', autoAdvance: true });
    const speaker = (client: TestClient) => client.view?.speakingRound?.currentIndex;
    clock.advance(30_000 - 1);
    await settle();
    expect(room.everyone.map(speaker)).toEqual([0, 0, 0]);
    clock.advance(1);
    await Promise.all(room.everyone.map((client) => client.waitFor((c) => speaker(c) === 1)));
    clock.advance(30_000);
    await Promise.all(room.everyone.map((client) => client.waitFor((c) => speaker(c) === 2)));
    clock.advance(30_000);
    await facilitator.waitFor((c) => c.view?.speakingRound === null);
  });

  it('expires by itself when the timebox is over, not a moment earlier', async () => {
    const clock = new FakeClock();
    const { room } = await discussing(clock);
    clock.advance(MINUTE - 1);
    await settle();
    expect(room.everyone.some(timeIsUp)).toBe(false);
    clock.advance(1);
    await Promise.all(room.everyone.map((client) => client.waitFor(timeIsUp)));
  });

  it('does not expire while paused and counts on after resuming', async () => {
    const clock = new FakeClock();
    const { facilitator } = await discussing(clock);
    clock.advance(30_000);
    await facilitator.ok({ type: 'timer:pause' });
    clock.advance(5 * MINUTE);
    await settle();
    expect(timeIsUp(facilitator)).toBe(false);
    await facilitator.ok({ type: 'timer:resume' });
    clock.advance(30_000 - 1);
    await settle();
    expect(timeIsUp(facilitator)).toBe(false);
    clock.advance(1);
    await facilitator.waitFor(timeIsUp);
  });

  it('moves the deadline when the facilitator extends the time', async () => {
    const clock = new FakeClock();
    const { facilitator } = await discussing(clock);
    clock.advance(30_000);
    await facilitator.ok({ type: 'timer:extend', minutes: 1 });
    clock.advance(30_000);
    await settle();
    expect(timeIsUp(facilitator)).toBe(false);
    clock.advance(MINUTE);
    await facilitator.waitFor(timeIsUp);
  });

  it('opens the continue-vote at once when the facilitator stops the time', async () => {
    const clock = new FakeClock();
    const { facilitator, room } = await discussing(clock);
    const stopped = await facilitator.ok({ type: 'timer:stop' });
    await Promise.all(room.everyone.map((client) => client.waitForSeq(stopped)));
    expect(room.everyone.every(timeIsUp)).toBe(true);
    // The expiry armed for the old deadline changes nothing when its time comes.
    clock.advance(MINUTE);
    await settle();
    expect(facilitator.seq).toBe(stopped);
  });

  it('re-arms the expiry after a restart from the stored deadline', async () => {
    const clock = new FakeClock();
    const first = await discussing(clock);
    const { id: meetingId } = first.room.meeting;
    const token = first.facilitator.token;
    clock.advance(20_000);
    first.room.close();
    room = undefined;
    const { dataDir } = first.server;
    await first.server.close({ keepData: true });

    const restartedClock = new FakeClock(clock.now());
    server = await startTestServer({ clock: restartedClock, dataDir });
    const back = await TestClient.connect(server.url, { meetingId, token });
    try {
      expect(timeIsUp(back)).toBe(false);
      restartedClock.advance(40_000 - 1);
      await settle();
      expect(timeIsUp(back)).toBe(false);
      restartedClock.advance(1);
      await back.waitFor(timeIsUp);
    } finally {
      back.close();
    }
  });
});

describe('facilitator failover', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('hands facilitation to a present co-facilitator after the facilitator is gone a minute', async () => {
    const clock = new FakeClock();
    server = await startTestServer({ clock, config: { failoverMs: MINUTE } });
    const room = await openRoom(server.url, { participants: 2 });
    try {
      const [cofacilitator, other] = room.participants as [TestClient, TestClient];
      await room.facilitator.ok({
        type: 'role:set',
        participantId: cofacilitator.participantId,
        role: 'cofacilitator',
      });
      room.facilitator.close();
      await other.waitFor((c) => c.online.length === 2);
      clock.advance(MINUTE - 1);
      await settle();
      expect(other.view?.participants.find((p) => p.role === 'facilitator')?.name).toBe('Fran');
      clock.advance(1);
      await other.waitFor(
        (c) =>
          c.view?.participants.find((p) => p.role === 'facilitator')?.id ===
          cofacilitator.participantId,
      );
      await cofacilitator.waitFor((c) => c.me?.role === 'facilitator');
    } finally {
      room.close();
    }
  });

  it('keeps the role when the facilitator comes back in time', async () => {
    const clock = new FakeClock();
    server = await startTestServer({ clock, config: { failoverMs: MINUTE } });
    const room = await openRoom(server.url, { participants: 1 });
    try {
      const [cofacilitator] = room.participants as [TestClient];
      await room.facilitator.ok({
        type: 'role:set',
        participantId: cofacilitator.participantId,
        role: 'cofacilitator',
      });
      room.facilitator.disconnect();
      await cofacilitator.waitFor((c) => c.online.length === 1);
      clock.advance(30_000);
      room.facilitator.reconnect();
      await cofacilitator.waitFor((c) => c.online.length === 2);
      clock.advance(MINUTE);
      await settle();
      expect(cofacilitator.me?.role).toBe('cofacilitator');
    } finally {
      room.close();
    }
  });
});
