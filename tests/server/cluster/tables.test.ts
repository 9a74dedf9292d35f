/**
 * Parallel tables on two nodes sharing PostgreSQL and Redis. Each node seats its own sockets in
 * their tables' rooms from the committed state: a table's detail committed on node A reaches the
 * table's people on node B through the adapter, never the other table's sockets on B, and a move
 * committed on A re-seats the socket on B with its new table's detail. The store keeps every table.
 */
import { projectPublic, replay } from '@percolate/shared';
import { afterAll, expect, it } from 'vitest';
import { firstTableWorks, mentionsSecret, seatTwoTables } from '../support/twoTables.js';
import { clusterServices, describeWithCluster, startCluster } from './support/cluster.js';
import { tableRoomOnTwoNodes } from './support/tableRoom.js';

const services = await clusterServices();

describeWithCluster(services, 'tables on two nodes', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("sends a table's detail to its people on either node and only to them", {
    timeout: 90_000,
  }, async () => {
    const cluster = await startCluster(urls);
    cleanup.push(() => cluster.close());
    const room = await tableRoomOnTwoNodes(cluster, 'Tables on two nodes', cleanup);
    const { facilitator, p1, p2, p3 } = room;
    const { first } = await seatTwoTables(room);
    const { topicId } = await firstTableWorks(room, first, 3);

    expect(p2.view).toEqual(p1.view);
    expect(p2.view?.items).toHaveLength(3);
    expect(mentionsSecret(p3.received)).toBe(false);
    expect(p3.view?.items).toEqual([]);
    expect(p3.view?.topics.map((topic) => topic.id)).toEqual([topicId]);

    // Moved on A, p3's socket on B is re-seated there and given the first table's detail.
    const moved = await facilitator.ok({
      type: 'tables:seat',
      participantId: p3.participantId,
      tableId: first,
    });
    await p3.waitForSeq(moved);
    await p3.waitFor((client) => client.view?.items.length === 3);
    const note = await p1.ok({ type: 'item:add', topicId, kind: 'note', text: 'After the move' });
    // Its acknowledgement can come before its patch: the writer waits for that too.
    await Promise.all([p1, p3].map((client) => client.waitForSeq(note)));
    expect(p3.view).toEqual(p1.view);

    // The store keeps every table, as both nodes show them.
    const stored = projectPublic(
      replay(room.meetingId, await cluster.store.loadEvents(room.meetingId)),
    );
    expect(stored.tables?.tables.map((table) => table.people)).toEqual(
      facilitator.view?.tables?.tables.map((table) => table.people),
    );
    expect(stored).toEqual(facilitator.view);
  });
});
