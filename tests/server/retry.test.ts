/**
 * Retried commands (the ack got lost, the browser sends the same command id again) get the first
 * answer and change nothing: in the same batch, later, and after a server restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';

const dotsOn = (client: TestClient, topicId: string) =>
  client.view?.topics.find((t) => t.id === topicId)?.dots;

describe('retrying a command', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const votingRoom = async (url: string) => {
    const room = await openRoom(url, { participants: 1 });
    const voter = room.participants[0] as TestClient;
    await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await voter.ok({ type: 'topic:propose', title: 'Retries' });
    await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await voter.waitFor((c) => c.view?.phase === 'vote');
    return { room, voter, topicId: voter.view?.topics[0]?.id ?? '' };
  };

  it('answers the same id twice with the same ack and places one dot', async () => {
    server = await startTestServer();
    const { room, voter, topicId } = await votingRoom(server.url);
    try {
      const first = await voter.send({ type: 'vote:cast', topicId }, 'vote-once');
      const again = await voter.send({ type: 'vote:cast', topicId }, 'vote-once');
      expect(again).toEqual(first);
      expect(first.ok).toBe(true);
      await voter.waitFor((c) => c.me?.dotsLeft === 2);
      expect(dotsOn(voter, topicId)).toBe(1);
      expect(voter.seq).toBe(first.ok ? first.seq : -1);
    } finally {
      room.close();
    }
  });

  it('gives both copies the same answer when they arrive together', async () => {
    server = await startTestServer();
    const { room, voter, topicId } = await votingRoom(server.url);
    try {
      const [a, b] = await Promise.all([
        voter.send({ type: 'vote:cast', topicId }, 'twin'),
        voter.send({ type: 'vote:cast', topicId }, 'twin'),
      ]);
      expect(a).toEqual(b);
      const check = await voter.ok({ type: 'vote:cast', topicId });
      await voter.waitForSeq(check);
      expect(dotsOn(voter, topicId)).toBe(2);
    } finally {
      room.close();
    }
  });

  it('repeats a refusal for a retried refused command', async () => {
    server = await startTestServer();
    const { room, voter } = await votingRoom(server.url);
    try {
      const first = await voter.send({ type: 'vote:cast', topicId: 'no-such-topic' }, 'bad-vote');
      const again = await voter.send({ type: 'vote:cast', topicId: 'no-such-topic' }, 'bad-vote');
      expect(first).toMatchObject({ ok: false, error: { code: 'TOPIC_NOT_FOUND' } });
      expect(again).toEqual(first);
    } finally {
      room.close();
    }
  });

  it('still knows the first answer after the server restarted', async () => {
    server = await startTestServer();
    const { room, voter, topicId } = await votingRoom(server.url);
    const first = await voter.send({ type: 'vote:cast', topicId }, 'before-restart');
    expect(first.ok).toBe(true);
    room.close();
    const { dataDir } = server;
    await server.close({ keepData: true });
    server = await startTestServer({ dataDir });

    const back = await TestClient.connect(server.url, {
      meetingId: room.meeting.id,
      token: voter.token,
    });
    try {
      const again = await back.send({ type: 'vote:cast', topicId }, 'before-restart');
      expect(again).toEqual(first);
      expect(dotsOn(back, topicId)).toBe(1);
      expect(back.me?.dotsLeft).toBe(2);
      expect(back.seq).toBe(first.ok ? first.seq : -1);
    } finally {
      back.close();
    }
  });
});
