/**
 * A table's work reaches its own people, over real sockets: while the first table proposes,
 * discusses and takes notes, a socket at the second table gets every sequence number (so it finds
 * gaps as before) but none of the first table's detail, only its glance. The moderator with the
 * key gets everything, as every socket did before tables had rooms: the bytes compare the two.
 * Catching up after a drop, moving to another table and a restart each give the right detail.
 */
import type { ServerMessage } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';
import { firstTableWorks, mentionsSecret, seatTwoTables } from './support/twoTables.js';

/** Mode 'own' with open notes: p1, p2 at the first table, p3, p4 at the second. */
const twoTables = async (server: TestServer) => {
  const room = await openRoom(server.url, {
    participants: 4,
    record: true,
    settings: { openNotes: true },
  });
  return { room, ...(await seatTwoTables(room)) };
};

const patchBytes = (messages: readonly ServerMessage[]) => {
  const patches = messages.filter((message) => message.type === 'patch');
  return {
    count: patches.length,
    bytes: patches.reduce((sum, message) => sum + JSON.stringify(message).length, 0),
  };
};

describe('a command at one table', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    const server = await startTestServer(options);
    cleanup.push(() => server.close());
    return server;
  };

  it("reaches the other table's sockets as sequence numbers and glance only", {
    timeout: 60_000,
  }, async () => {
    const server = await start();
    const { room, first } = await twoTables(server);
    cleanup.push(() => room.close());
    const [p1, p2, p3] = room.participants;
    if (!p1 || !p2 || !p3) throw new Error('no people');
    const from = room.everyone.map((client) => client.received.length);
    const catchUps = p3.catchUps.length;
    const { topicId } = await firstTableWorks(room, first, 10);
    const since = (client: TestClient) =>
      client.received.slice(from[room.everyone.indexOf(client)] ?? 0);

    // The second table: every seq, no detail of the first, its glance (topic title, timer).
    expect(mentionsSecret(since(p3))).toBe(false);
    // It found no gap: no sync, no snapshot.
    expect(p3.catchUps).toHaveLength(catchUps);
    expect(p3.view?.items).toEqual([]);
    expect(p3.view?.topics.map((topic) => topic.id)).toEqual([topicId]);
    expect(p3.view?.tables?.tables[0]?.discussion?.topicId).toBe(topicId);
    // The first table and the moderator see it all.
    expect(p1.view?.items).toHaveLength(10);
    expect(p1.view?.topics).toHaveLength(4);
    expect(room.facilitator.view).toEqual(p1.view);
    const atSecond = patchBytes(since(p3));
    const atFirst = patchBytes(since(p1));
    const everything = patchBytes(since(room.facilitator));
    expect(atSecond.count).toBe(everything.count);
    expect(atSecond.bytes).toBeLessThan(everything.bytes / 2);
    if (process.env.PRINT_FANOUT) {
      const lastNote = (client: TestClient) =>
        JSON.stringify(
          since(client)
            .filter((message) => message.type === 'patch')
            .at(-1),
        ).length;
      const note = { atSecond: lastNote(p3), atFirst: lastNote(p1) };
      console.info(JSON.stringify({ atSecond, atFirst, everything, note }));
    }
  });

  it('gives the right detail on catching up after a drop, on a move and after a restart', {
    timeout: 60_000,
  }, async () => {
    const before = await start();
    const { room, first } = await twoTables(before);
    const [p1, p2, p3] = room.participants;
    if (!p1 || !p2 || !p3) throw new Error('no people');
    // Both drop while the first table works; each catches up by patches of its own audience.
    p2.disconnect();
    p3.disconnect();
    const { seq, topicId } = await firstTableWorks(
      { ...room, everyone: [room.facilitator, p1] },
      first,
      2,
    );
    p2.reconnect();
    p3.reconnect();
    await Promise.all([p2.waitForSeq(seq), p3.waitForSeq(seq)]);
    expect(p2.catchUps.at(-1)).toBe('patches');
    expect(p3.catchUps.at(-1)).toBe('patches');
    expect(p2.view).toEqual(p1.view);
    expect(p3.view?.items).toEqual([]);
    expect(mentionsSecret(p3.received)).toBe(false);

    // Moved to the first table, p3 is sent the first table's detail at once.
    const moved = await room.facilitator.ok({
      type: 'tables:seat',
      participantId: p3.participantId,
      tableId: first,
    });
    await p3.waitForSeq(moved);
    await p3.waitFor((client) => client.view?.items.length === 2);
    expect(p3.view).toEqual(p1.view);
    p3.disconnect();
    const back = await room.facilitator.ok({
      type: 'tables:seat',
      participantId: p3.participantId,
      tableId: room.facilitator.view?.tables?.tables[1]?.id ?? '',
    });
    p3.reconnect();
    // A catch-up across a move takes a snapshot: the patches were another audience's.
    await p3.waitForSeq(back);
    await p3.waitFor((client) => client.view?.items.length === 0);
    expect(p3.catchUps.at(-1)).toBe('snapshot');
    room.close();

    // After a restart each is given its own table's detail on connect.
    await before.close({ keepData: true });
    const server = await start({ dataDir: before.dataDir });
    const reconnect = (client: TestClient) =>
      TestClient.connect(server.url, { meetingId: room.meeting.id, token: client.token });
    const [atFirst, atSecond] = await Promise.all([reconnect(p2), reconnect(p3)]);
    cleanup.push(
      () => atFirst.close(),
      () => atSecond.close(),
    );
    expect(atFirst.view?.items).toHaveLength(2);
    expect(atFirst.view?.topics).toHaveLength(4);
    expect(atSecond.view?.items).toEqual([]);
    expect(atSecond.view?.topics.map((topic) => topic.id)).toEqual([topicId]);
  });
});
