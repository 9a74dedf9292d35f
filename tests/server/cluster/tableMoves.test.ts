/**
 * A move between tables on two nodes, while the moved socket's node is held back from following
 * (its PostgreSQL link is slow): the committing node moves the socket's rooms on every node before
 * any later patch, so the next note at its old table never reaches it, and its own node then gives
 * it its new table's view.
 */
import type { ServerMessage } from '@percolate/shared';
import { afterAll, expect, it } from 'vitest';
import { startTcpProxy } from '../../helpers/tcpProxy.js';
import { firstTableWorks, mentionsSecret, seatTwoTables } from '../support/twoTables.js';
import { clusterServices, describeWithCluster, startCluster } from './support/cluster.js';
import { tableRoomOnTwoNodes } from './support/tableRoom.js';

const services = await clusterServices();

/** Each way, on node B's link to PostgreSQL: its catch-up takes a second or more. */
const HELD_BACK_MS = 500;
const AFTER_THE_MOVE = 'Written after the move';

const mentions = (messages: readonly ServerMessage[], text: string): boolean =>
  messages.some((message) => JSON.stringify(message).includes(text));

/**
 * What a client received beyond `seq`: a patch up to `seq` is a repeat of one it has (its node may
 * send a followed commit's patch itself before the committing node's copy arrives), and it
 * ignores it.
 */
const beyond = (messages: readonly ServerMessage[], seq: number): ServerMessage[] =>
  messages.filter((message) => message.type !== 'patch' || message.patch.to > seq);

describeWithCluster(services, 'a move between tables on two nodes', (urls) => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("never sends a moved socket its old table's next note, even before its node follows", {
    timeout: 90_000,
  }, async () => {
    const proxy = await startTcpProxy(Number(new URL(urls.databaseUrl).port || 5432));
    cleanup.push(() => proxy.close());
    const cluster = await startCluster(
      urls,
      {},
      { b: { databaseUrl: proxy.urlFor(urls.databaseUrl) } },
    );
    cleanup.push(() => cluster.close());
    const room = await tableRoomOnTwoNodes(cluster, 'A move on two nodes', cleanup);
    // p2 on B sits at the first table with p1 (on A) and moves to the second, where p3 (on B) sits.
    const { facilitator, p1, p2, p3 } = room;
    const { first, second } = await seatTwoTables(room);
    const { topicId } = await firstTableWorks(room, first, 1);
    expect(mentionsSecret(p2.received)).toBe(true);

    proxy.setLatency(HELD_BACK_MS);
    const heard = p2.received.length;
    const had = p2.seq;
    const sinceThen = () => beyond(p2.received.slice(heard), had);
    const moved = await facilitator.ok({
      type: 'tables:seat',
      participantId: p2.participantId,
      tableId: second,
    });
    const note = await p1.ok({ type: 'item:add', topicId, kind: 'note', text: AFTER_THE_MOVE });
    await p1.waitForSeq(note);
    // The note's patch (of p2's new table: nothing changed there) reached p2 through the adapter.
    await p2.waitForSeq(note);
    expect(note).toBe(moved + 1);
    const sinceTheMove = sinceThen();
    expect(mentions(sinceTheMove, AFTER_THE_MOVE)).toBe(false);
    // The one patch of the note it got is its new table's, which the note left as it was.
    const notePatches = sinceTheMove.flatMap((message) =>
      message.type === 'patch' && message.patch.to === note ? [message.patch] : [],
    );
    expect(notePatches).toEqual([{ from: moved, to: note, ops: [] }]);

    // Node B follows once its link is quick again, and gives p2 its new table's view.
    proxy.setLatency(0);
    await p2.waitFor(() => sinceThen().some((message) => message.type === 'snapshot'));
    expect(p2.view).toEqual(p3.view);
    expect(mentions(sinceThen(), AFTER_THE_MOVE)).toBe(false);
    expect(mentionsSecret(sinceThen())).toBe(false);
    expect(p1.view?.items.map((item) => item.text)).toContain(AFTER_THE_MOVE);
  });
});
