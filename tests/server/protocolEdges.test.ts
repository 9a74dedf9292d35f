/**
 * The protocol's edges as docs/protocol.md states them: command ids belong to their sender, odd
 * ids are refused, a server-only command from a client is forbidden, an unknown event with an
 * acknowledgement is answered, and a rate-limited sync is told so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';

describe('protocol edges over a real socket', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const proposingRoom = async () => {
    server = await startTestServer();
    const room = await openRoom(server.url, { participants: 2 });
    await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
    const [x, y] = room.participants as [TestClient, TestClient];
    return { room, x, y };
  };

  it("treats another sender's equal command id as a command of its own", async () => {
    const { room, x, y } = await proposingRoom();
    try {
      const fromX = await x.send({ type: 'topic:propose', title: 'From X' }, 'same-id');
      const fromY = await y.send({ type: 'topic:propose', title: 'From Y' }, 'same-id');
      expect(fromX.ok && fromY.ok).toBe(true);
      expect(fromY).not.toEqual(fromX);
      const last = fromY.ok ? fromY.seq : 0;
      await x.waitForSeq(last);
      expect(x.view?.topics.map((topic) => topic.title).sort()).toEqual(['From X', 'From Y']);
      // The sender's own repeat is still answered from memory, with no second topic.
      const again = await y.send({ type: 'topic:propose', title: 'From Y' }, 'same-id');
      expect(again).toEqual(fromY);
    } finally {
      room.close();
    }
  });

  it('refuses command ids that are empty, too long, or not printable ASCII', async () => {
    const { room, x } = await proposingRoom();
    try {
      const odd = ['', 'a'.repeat(65), 'with space', 'tab\there', '\ud800lone', 'ümlaut', 'nl\n'];
      for (const id of odd) {
        const ack = await x.send({ type: 'topic:propose', title: 'Odd' }, id);
        expect(ack, JSON.stringify(id)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_PAYLOAD' },
        });
      }
      const longest = await x.send({ type: 'topic:propose', title: 'Fine' }, '~'.repeat(64));
      expect(longest.ok).toBe(true);
    } finally {
      room.close();
    }
  });

  it('answers a server-only command from a client FORBIDDEN', async () => {
    const { room, x } = await proposingRoom();
    try {
      const ack = await x.socket.timeout(5_000).emitWithAck('command', {
        id: 'sneaky',
        type: 'timer:expire',
        topicId: 't',
        round: 0,
      } as never);
      expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      room.close();
    }
  });

  it('answers an unknown event when an acknowledgement was asked for', async () => {
    const { room, x } = await proposingRoom();
    try {
      const answer = await (
        x.socket.timeout(5_000) as unknown as {
          emitWithAck: (event: string, payload: unknown) => Promise<unknown>;
        }
      ).emitWithAck('topic:steal', { all: true });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    } finally {
      room.close();
    }
  });

  it('tells a sync beyond the rate limit that it was refused', async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 1, commandBurst: 1 } },
    });
    const room = await openRoom(server.url, { participants: 1 });
    try {
      const client = room.participants[0] as TestClient;
      const answers = await Promise.all(
        [0, 1, 2].map(() => client.socket.timeout(5_000).emitWithAck('sync', { since: 0 })),
      );
      expect(answers.map((answer) => answer.kind)).toContain('refused');
      const refused = answers.find((answer) => answer.kind === 'refused');
      expect(refused).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    } finally {
      room.close();
    }
  });
});
