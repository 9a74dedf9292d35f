/**
 * Who put which dot never leaves the server: every message every socket receives is recorded and
 * searched. Each participant learns only their own dots (in their private view); with hidden
 * votes not even the totals leave the server before the facilitator reveals them.
 */
import type { PatchOp, ServerMessage, ViewPatch } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { expectConverged, openRoom, type Room } from './support/room.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every private view (`me`) inside a message, wherever it sits. */
const privateViewsIn = (value: unknown, found: Json[] = []): Json[] => {
  if (Array.isArray(value)) for (const item of value) privateViewsIn(item, found);
  else if (isObject(value)) {
    if (isObject(value.me)) found.push(value.me);
    for (const [key, child] of Object.entries(value))
      if (key !== 'me') privateViewsIn(child, found);
  }
  return found;
};

/** Paths to anything that could tie a person to a dot: per-person dot records, vote events, token hashes. */
const leaksIn = (value: unknown, path: string[] = []): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaksIn(item, [...path, String(i)]));
  if (!isObject(value)) return [];
  const here = path.join('.');
  const leaks: string[] = [];
  if ('participantId' in value && 'topicId' in value) leaks.push(`${here}: a vote-like record`);
  if ('tokenHash' in value || 'participantByTokenHash' in value)
    leaks.push(`${here}: token hashes`);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'me') continue;
    if (key === 'dots' && child !== null && typeof child !== 'number') {
      leaks.push(`${here}.dots: not a plain total`);
    }
    leaks.push(...leaksIn(child, [...path, key]));
  }
  return leaks;
};

const patchesIn = (messages: ServerMessage[]): ViewPatch[] =>
  messages.flatMap((message) => (message.type === 'patch' ? [message.patch] : []));

/** Topic totals a patch op sets: a `dots` value, or whole topics carrying theirs. */
const totalsIn = (op: PatchOp): unknown[] => {
  if (op.op === 'remove') return [];
  if (op.path.at(-1) === 'dots') return [op.value];
  const text = JSON.stringify(op.value ?? null);
  return [...text.matchAll(/"dots":(null|\d+)/g)].map((match) =>
    match[1] === 'null' ? null : Number(match[1]),
  );
};

describe('vote privacy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 } },
    });
  });
  afterAll(() => server.close());

  const voteInRoom = async (hiddenVotes: boolean): Promise<Room> => {
    const room = await openRoom(server.url, {
      participants: 4,
      settings: { hiddenVotes },
      record: true,
    });
    const { facilitator, participants } = room;
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await facilitator.ok({ type: 'topic:propose', title: 'One' });
    await facilitator.ok({ type: 'topic:propose', title: 'Two' });
    await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    const view = await expectConverged(room.everyone, facilitator.seq);
    const [one, two] = view.topics.map((t) => t.id) as [string, string];
    // Everyone votes differently, so a leak would show who is who.
    const ballots = [[one], [one, two], [two, two], [one, one, two]];
    await Promise.all(
      participants.map(async (client, i) => {
        for (const topicId of ballots[i] ?? []) await client.ok({ type: 'vote:cast', topicId });
      }),
    );
    await expectConverged(room.everyone, Math.max(...room.everyone.map((c) => c.seq)));
    return room;
  };

  const expectOnlyOwnDots = (client: TestClient) => {
    const mine = client.participantId;
    for (const me of privateViewsIn(client.received)) {
      expect([mine, null]).toContain(me.participantId);
    }
    expect(leaksIn(client.received)).toEqual([]);
  };

  it('with visible votes, shows totals to all but each person only their own dots', async () => {
    const room = await voteInRoom(false);
    try {
      for (const client of room.everyone) expectOnlyOwnDots(client);
      const totals = room.facilitator.view?.topics.map((t) => t.dots);
      expect(totals).toEqual([4, 4]);
      expect(room.participants[3]?.me?.dots).toEqual(
        expect.objectContaining({ [room.facilitator.view?.topics[0]?.id ?? '']: 2 }),
      );
    } finally {
      room.close();
    }
  });

  // Closing the vote reveals too (the queue is ordered by dots), so the reveal is the explicit one.
  it('with hidden votes, sends no total to anyone until the reveal', async () => {
    const room = await voteInRoom(true);
    const { facilitator } = room;
    try {
      for (const client of room.everyone) {
        expectOnlyOwnDots(client);
        const snapshotTotals = client.received
          .flatMap((m) => (m.type === 'snapshot' ? m.snapshot.view.topics : []))
          .map((t) => t.dots);
        const patchTotals = patchesIn(client.received).flatMap((p) => p.ops.flatMap(totalsIn));
        expect([...snapshotTotals, ...patchTotals].every((dots) => dots === null)).toBe(true);
        expect(client.view?.topics.map((t) => t.dots)).toEqual([null, null]);
      }

      const revealed = await facilitator.ok({ type: 'vote:reveal' });
      const view = await expectConverged(room.everyone, revealed);
      expect(view.topics.map((t) => t.dots)).toEqual([4, 4]);
      for (const client of room.everyone) expectOnlyOwnDots(client);
    } finally {
      room.close();
    }
  });
});
