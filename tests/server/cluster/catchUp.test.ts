/**
 * Two nodes' meeting services over one store, in one process, with the messages between them
 * wired by hand (and dropped at will): what a node does when another one writes to the same
 * meeting. Runs everywhere; the tests beside it do the same with real processes, PostgreSQL and
 * Redis.
 */
import type { CommandAck, ParticipantId, PrivateView, ViewPatch } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../server/src/clock.js';
import { randomIds } from '../../../server/src/ids.js';
import { silentLogger } from '../../../server/src/logger.js';
import type { AudienceMove } from '../../../server/src/meetings/audienceMoves.js';
import type { ViewerIdentity } from '../../../server/src/meetings/connections.js';
import type { MeetingRuntime } from '../../../server/src/meetings/meetingRuntime.js';
import { MeetingService } from '../../../server/src/meetings/meetingService.js';
import { sha256Hex } from '../../../server/src/secrets.js';
import { type EventStore, openSqliteStore } from '../../../server/src/store/index.js';
import { patchForAll } from '../../helpers/patchForAll.js';

const identity = (name: string, hasFacilitatorKey = false): ViewerIdentity => ({
  tokenHash: sha256Hex(`token-of-${name}`),
  hasFacilitatorKey,
});

const send = (
  runtime: MeetingRuntime,
  name: string,
  command: object,
  id = `${name}-${Math.random()}`,
) =>
  new Promise<CommandAck>((resolve) =>
    runtime.dispatch(
      { id, ...command } as never,
      { kind: 'client', ...identity(name, name === 'fran') },
      resolve,
    ),
  );

interface Node {
  meetings: MeetingService;
  patches: ViewPatch[];
  /** Patches of the other node's commits sent to this node's sockets only. */
  patchesHere: ViewPatch[];
  /** The online lists sent as presence messages to this node's sockets (never with a patch). */
  presence: ParticipantId[][];
  privates: { socketIds: string[]; me: PrivateView }[];
  /** Sockets placed in an audience, and those sent a snapshot, on this node. */
  seated: { socketId: string; from: string | null; to: string }[];
  snapshots: string[];
  /** What this node's commits moved, named in their announcements. */
  moved: { seq: number; moves: readonly AudienceMove[] }[];
  /**
   * What this node's sockets were sent and where they went, in order: `patch <to> <audiences>` for
   * another node's commit sent here, `seat <socket> <from> <to>`.
   */
  log: string[];
  /** An announcement the other node made, held back (`holdAnnouncements`) to deliver late. */
  held: { seq: number; moves: readonly AudienceMove[] }[];
}

/** Counts the store's event loads from now on. */
const countReads = (store: EventStore): (() => number) => {
  let reads = 0;
  const loadEvents = store.loadEvents.bind(store);
  store.loadEvents = (...args) => {
    reads += 1;
    return loadEvents(...args);
  };
  return () => reads;
};

describe('a node sharing its store with another', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  /** Nodes A and B; `deliver` decides whether A's "I committed" reaches B. */
  const setUp = async (settings: object = {}) => {
    const store: EventStore = openSqliteStore({ file: ':memory:' });
    opened.push(store);
    let deliver = true;
    let holding = false;
    const nodes: Node[] = [];
    const node = (others: () => Node[]): Node => {
      const patches: ViewPatch[] = [];
      const patchesHere: ViewPatch[] = [];
      const privates: Node['privates'] = [];
      const presence: Node['presence'] = [];
      const seated: Node['seated'] = [];
      const snapshots: string[] = [];
      const moved: Node['moved'] = [];
      const log: string[] = [];
      const held: Node['held'] = [];
      const meetings = new MeetingService({
        store,
        clock: systemClock,
        ids: randomIds,
        logger: silentLogger,
        config: { failoverMs: 60_000, patchHistory: 500, idleEvictionMs: 60_000 },
        outputs: {
          runtime: {
            patches: (_id, published, online) => {
              patches.push(patchForAll(published));
              if (online) presence.push(online);
            },
            seat: (_id, socketId, { from, to }) => {
              seated.push({ socketId, from, to });
              log.push(`seat ${socketId} ${from} ${to}`);
            },
            snapshot: (socketId) => snapshots.push(socketId),
            privateView: (_id, socketIds, { me }) =>
              privates.push({ socketIds: [...socketIds], me }),
            presence: (_id, online) => presence.push(online),
            patchesHere: (_id, published) => {
              patchesHere.push(patchForAll(published));
              log.push(`patch ${published.to} ${[...published.byAudience.keys()].join(',')}`);
            },
          },
          peers: {
            present: true,
            committed: (meetingId, seq, moves) => {
              if (moves.length > 0) moved.push({ seq, moves });
              for (const other of others()) {
                if (holding) other.held.push({ seq, moves });
                else if (deliver) other.meetings.loaded(meetingId)?.advanceTo(seq, true, moves);
              }
            },
            presenceChanged: () => {},
          },
        },
      });
      const created: Node = {
        meetings,
        patches,
        patchesHere,
        privates,
        presence,
        seated,
        snapshots,
        moved,
        log,
        held,
      };
      opened.push(meetings);
      return created;
    };
    const a = node(() => nodes.filter((n) => n !== a));
    const b = node(() => nodes.filter((n) => n !== b));
    nodes.push(a, b);
    const { record } = await a.meetings.create('Shared', settings);
    const onA = await a.meetings.open(record.id);
    const onB = await b.meetings.open(record.id);
    if (!onA || !onB) throw new Error('no runtime');
    await send(onA, 'fran', { type: 'participant:join', name: 'Fran' });
    await send(onA, 'fran', { type: 'phase:set', phase: 'propose' });
    await onB.refresh();
    return {
      a,
      b,
      onA,
      onB,
      store,
      loseMessages: () => {
        deliver = false;
      },
      /** The announcements wait in the receiving node's `held` (as if Redis were slow). */
      holdAnnouncements: () => {
        holding = true;
      },
    };
  };

  /** Ann joins through a socket on `annsNode`; Fran splits into two tables (choose) on `leadsNode`. */
  const annJoinsThenSplit = async (
    annsNode: MeetingRuntime,
    socketId: string,
    leadsNode: MeetingRuntime,
  ) => {
    annsNode.attach(socketId, identity('ann'));
    await send(annsNode, 'ann', { type: 'participant:join', name: 'Ann' });
    const split = await send(leadsNode, 'fran', {
      type: 'tables:split',
      count: 2,
      mode: 'own',
      assignment: 'choose',
    });
    if (!split.ok) throw new Error('refused');
  };

  const settled = (runtime: MeetingRuntime, seq: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (runtime.seq >= seq) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() - started > 5_000) {
          clearInterval(poll);
          reject(new Error(`still at ${runtime.seq}, not ${seq}`));
        }
      }, 5);
    });

  it("tells this node's viewers the online list with the join, when other nodes share the meeting", async () => {
    const { a, onA, onB } = await setUp();
    onA.attach('ann-on-a', identity('ann'));
    const ack = await send(onA, 'ann', { type: 'participant:join', name: 'Ann' });
    if (!ack.ok) throw new Error('refused');
    await settled(onB, ack.seq);
    const ann = onA.view.participants.find((p) => p.name === 'Ann')?.id;
    expect(a.presence.at(-1)).toEqual([ann]);
  });

  it("follows the other node's commits without sending their patch again", async () => {
    const { a, b, onA, onB } = await setUp();
    // Ann has a tab on each node.
    onA.attach('ann-on-a', identity('ann'));
    onB.attach('ann-on-b', identity('ann'));
    b.patches.length = 0;
    b.privates.length = 0;
    await send(onA, 'ann', { type: 'participant:join', name: 'Ann' });
    const ack = await send(onA, 'ann', { type: 'topic:propose', title: 'From A' });
    if (!ack.ok) throw new Error('refused');
    await settled(onB, ack.seq);

    expect(onB.view).toEqual(onA.view);
    expect(b.patches).toEqual([]);
    // B tells Ann's tab on B who she is now and that the topic is hers.
    expect(b.privates.at(-1)?.me).toMatchObject({ myTopicIds: [onA.view.topics[0]?.id] });
    expect(a.patches.at(-1)).toMatchObject({ to: ack.seq });
  });

  it('seats a socket that connects while the node is behind only once it caught up', async () => {
    const { b, onA, onB, loseMessages } = await setUp();
    loseMessages();
    const ack = await send(onA, 'fran', { type: 'topic:propose', title: 'Not followed yet' });
    if (!ack.ok) throw new Error('refused');
    onB.advanceTo(ack.seq);
    onB.attach('ann-on-b', identity('ann'));
    expect(b.seated).toEqual([]);

    await settled(onB, ack.seq);
    await expect.poll(() => b.seated).toEqual([{ socketId: 'ann-on-b', from: null, to: 'all' }]);
    expect(b.snapshots).toEqual(['ann-on-b']);
  });

  it('moves the viewers its commit moved on the other nodes, its own it seats itself', async () => {
    const { a, onA } = await setUp();
    await annJoinsThenSplit(onA, 'ann-on-a', onA);

    expect(a.moved).toHaveLength(1);
    expect(a.moved[0]?.moves).toContainEqual(
      expect.objectContaining({
        movers: { kind: 'viewers', tokenHashes: [identity('ann').tokenHash] },
        to: 'glance',
      }),
    );
    expect(a.seated.at(-1)).toEqual({ socketId: 'ann-on-a', from: 'all', to: 'glance' });
    expect(a.snapshots).toEqual(['ann-on-a']);
  });

  it('leaves a socket unplaced while its catch-up fails, and seats it after one that works', async () => {
    const { b, onA, onB, store, loseMessages } = await setUp();
    loseMessages();
    const ack = await send(onA, 'fran', { type: 'topic:propose', title: 'Not followed yet' });
    if (!ack.ok) throw new Error('refused');
    onB.advanceTo(ack.seq);
    const loadEvents = store.loadEvents.bind(store);
    store.loadEvents = () => Promise.reject(new Error('the store is away'));
    onB.attach('ann-on-b', identity('ann'));
    await onB.refresh();
    // The waiters are let go before the turn ends: give it the rest of its run.
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The catch-up failed: the state is still older than what A announced, so no seat from it.
    expect(onB.seq).toBeLessThan(ack.seq);
    expect(b.seated).toEqual([]);

    store.loadEvents = loadEvents;
    await onB.refresh();
    expect(onB.seq).toBe(ack.seq);
    await expect.poll(() => b.seated).toEqual([{ socketId: 'ann-on-b', from: null, to: 'all' }]);
  });

  it('seats again, with a snapshot, a viewer moved away and back while its node was behind', async () => {
    const { b, onA, onB, loseMessages } = await setUp();
    await annJoinsThenSplit(onB, 'ann-on-b', onA);
    const [one, two] = onA.view.tables?.tables.map((table) => table.id) ?? [];
    const ann = onA.view.participants.find((p) => p.name === 'Ann')?.id ?? '';
    const seated = await send(onA, 'fran', {
      type: 'tables:seat',
      participantId: ann,
      tableId: one as string,
    });
    if (!seated.ok) throw new Error('refused');
    await settled(onB, seated.seq);
    await expect.poll(() => b.seated.at(-1)?.to).toBe(`table:${one}`);

    // B hears nothing while A moves Ann to the other table and back: following both commits it
    // moves her socket there and back, and she gets a snapshot of her table.
    loseMessages();
    await send(onA, 'fran', { type: 'tables:seat', participantId: ann, tableId: two as string });
    const back = await send(onA, 'fran', {
      type: 'tables:seat',
      participantId: ann,
      tableId: one as string,
    });
    if (!back.ok) throw new Error('refused');
    b.snapshots.length = 0;
    onB.advanceTo(back.seq);
    await settled(onB, back.seq);

    await expect.poll(() => b.snapshots).toEqual(['ann-on-b']);
    expect(b.seated.slice(-2)).toEqual([
      { socketId: 'ann-on-b', from: `table:${one}`, to: `table:${two}` },
      { socketId: 'ann-on-b', from: `table:${two}`, to: `table:${one}` },
    ]);
  });

  /** Ann (on B) at the first table, Ben (on A) with her; A moves Ann, then Ben writes a note. */
  const annMovesThenBenWrites = async () => {
    const nodes = await setUp({ openNotes: true });
    const { onA, onB } = nodes;
    await annJoinsThenSplit(onB, 'ann-on-b', onA);
    await send(onA, 'ben', { type: 'participant:join', name: 'Ben' });
    const [one = '', two = ''] = onA.view.tables?.tables.map((table) => table.id) ?? [];
    const idOf = (name: string) => onA.view.participants.find((p) => p.name === name)?.id ?? '';
    for (const name of ['Ann', 'Ben']) {
      await send(onA, 'fran', { type: 'tables:seat', participantId: idOf(name), tableId: one });
    }
    await send(onA, 'ben', { type: 'topic:propose', title: 'At the first' });
    const topicId = onA.view.topics[0]?.id ?? '';
    await send(onA, 'fran', { type: 'phase:set', phase: 'vote' });
    await send(onA, 'fran', { type: 'phase:set', phase: 'discuss' });
    const started = await send(onA, 'fran', { type: 'discussion:start', tableId: one, topicId });
    if (!started.ok) throw new Error('refused');
    await settled(onB, started.seq);
    await expect.poll(() => nodes.b.seated.at(-1)?.to).toBe(`table:${one}`);

    nodes.holdAnnouncements();
    const moved = await send(onA, 'fran', {
      type: 'tables:seat',
      participantId: idOf('Ann'),
      tableId: two,
    });
    const note = await send(onA, 'ben', { type: 'item:add', topicId, kind: 'note', text: 'N' });
    if (!moved.ok || !note.ok) throw new Error('refused');
    return { ...nodes, one, two, moved: moved.seq, note: note.seq, idOf };
  };

  it("moves a socket between a followed commit's patches, and ignores the late announcement of that move", async () => {
    // B reads both commits from the store before A's announcements reach it.
    const { b, onB, one, two, moved, note } = await annMovesThenBenWrites();
    b.log.length = 0;
    await onB.refresh();
    expect(onB.seq).toBe(note);
    expect(b.log).toEqual([
      `patch ${moved} all,glance,table:${one},table:${two}`,
      `seat ann-on-b table:${one} table:${two}`,
      `patch ${note} all,glance,table:${one},table:${two}`,
    ]);
    expect(b.snapshots.at(-1)).toBe('ann-on-b');

    // The announcements arrive late, the move's with it: her socket stays at her new table.
    const late = b.held.splice(0);
    expect(late.map(({ seq }) => seq)).toEqual([moved, note]);
    for (const { seq, moves } of late) onB.advanceTo(seq, true, moves);
    expect(b.log.slice(3)).toEqual([]);
  });

  it('never takes a socket back to where a stale announcement of an older move would put it', async () => {
    const { b, onA, onB, one, two, moved, idOf } = await annMovesThenBenWrites();
    const back = await send(onA, 'fran', {
      type: 'tables:seat',
      participantId: idOf('Ann'),
      tableId: one,
    });
    if (!back.ok) throw new Error('refused');
    await onB.refresh();
    expect(b.seated.at(-1)).toEqual({
      socketId: 'ann-on-b',
      from: `table:${two}`,
      to: `table:${one}`,
    });

    // A's announcement of the first move (Ann to the second table) reaches B only now.
    const first = b.held.find(({ seq }) => seq === moved);
    expect(first?.moves).not.toEqual([]);
    b.log.length = 0;
    onB.advanceTo(moved, true, first?.moves ?? []);
    expect(b.log).toEqual([]);
  });

  it("puts right a socket whose commit's move was passed over behind another node's newer one", async () => {
    const nodes = await setUp();
    const { b, onA, onB } = nodes;
    await annJoinsThenSplit(onB, 'ann-on-b', onA);
    const joined = await send(onA, 'ben', { type: 'participant:join', name: 'Ben' });
    if (!joined.ok) throw new Error('refused');
    await settled(onB, joined.seq);
    const [one = ''] = onA.view.tables?.tables.map((table) => table.id) ?? [];
    const idOf = (name: string) => onA.view.participants.find((p) => p.name === name)?.id ?? '';

    // As with two nodes writing: the announcement of the later move (Ben's, whose sockets are
    // elsewhere) reaches B first, and B then reads both commits from the store.
    nodes.holdAnnouncements();
    await send(onA, 'fran', { type: 'tables:seat', participantId: idOf('Ann'), tableId: one });
    await send(onA, 'fran', { type: 'tables:seat', participantId: idOf('Ben'), tableId: one });
    const [, later] = b.held.splice(0);
    if (!later) throw new Error('no announcement');
    onB.advanceTo(later.seq, true, later.moves);
    await onB.refresh();

    expect(b.seated.at(-1)).toEqual({ socketId: 'ann-on-b', from: 'glance', to: `table:${one}` });
    expect(b.snapshots.at(-1)).toBe('ann-on-b');
  });

  it('catches up from the store before answering a sync, when a message was lost', async () => {
    const { onA, onB, loseMessages } = await setUp();
    loseMessages();
    const ack = await send(onA, 'fran', { type: 'topic:propose', title: 'Unannounced' });
    if (!ack.ok) throw new Error('refused');
    expect(onB.seq).toBeLessThan(ack.seq);

    // A client of B already saw A's patch (it came through the adapter) and asks from there.
    const answer = await onB.sync(ack.seq, identity('fran', true));
    expect(answer).toMatchObject({ kind: 'patches', patches: [] });
    expect(onB.view).toEqual(onA.view);
    // One that is a step behind gets exactly the patch it lacks.
    const behind = await onB.sync(ack.seq - 1, identity('fran', true));
    expect(behind).toMatchObject({
      kind: 'patches',
      patches: [{ from: ack.seq - 1, to: ack.seq }],
    });
  });

  it("sends its own sockets the patches of the other node's commits it was never told about", async () => {
    const { a, b, onA, onB, loseMessages } = await setUp();
    const told = await send(onA, 'fran', { type: 'topic:propose', title: 'Announced' });
    if (!told.ok) throw new Error('refused');
    await settled(onB, told.seq);
    // Announced commits reached B's sockets through the adapter already.
    expect(b.patchesHere).toEqual([]);

    loseMessages();
    const missed = await send(onA, 'fran', {
      type: 'topic:propose',
      title: 'While Redis was away',
    });
    if (!missed.ok) throw new Error('refused');
    await onB.refresh();
    expect(b.patchesHere).toEqual([a.patches.at(-1)]);
    expect(b.patchesHere[0]).toMatchObject({ from: told.seq, to: missed.seq });
  });

  it('sends those patches too when the news came from a node back from a Redis outage', async () => {
    const { a, b, onA, onB, loseMessages } = await setUp();
    loseMessages();
    const missed = await send(onA, 'fran', { type: 'topic:propose', title: 'Cut off' });
    if (!missed.ok) throw new Error('refused');
    // A is back and says where the meeting stands; its patch never went out.
    onB.advanceTo(missed.seq, false);
    await settled(onB, missed.seq);
    expect(b.patchesHere).toEqual([a.patches.at(-1)]);
  });

  it('answers a sync from memory when the client is not ahead of the node', async () => {
    const { onA, onB, store, loseMessages } = await setUp();
    loseMessages();
    const ack = await send(onA, 'fran', { type: 'topic:propose', title: 'Later' });
    if (!ack.ok) throw new Error('refused');
    const reads = countReads(store);
    const answer = await onB.sync(onB.seq - 1, identity('fran', true));
    expect(answer).toMatchObject({ kind: 'patches', patches: [{ to: onB.seq }] });
    expect(reads()).toBe(0);
  });

  it('reads the store once for a burst of syncs from clients ahead of it', async () => {
    const { onA, onB, store, loseMessages } = await setUp();
    loseMessages();
    const ack = await send(onA, 'fran', { type: 'topic:propose', title: 'Seen through Redis' });
    if (!ack.ok) throw new Error('refused');
    const reads = countReads(store);
    // Twenty clients of B saw A's patch through the adapter and ask from there at once.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => onB.sync(ack.seq, identity(`viewer-${n}`))),
    );
    expect(answers.map((answer) => answer.kind)).toEqual(answers.map(() => 'patches'));
    expect(onB.seq).toBe(ack.seq);
    expect(reads()).toBe(1);
  });

  it('answers a command sent again with its first answer, even where deciding it again would refuse it', async () => {
    const { onA, onB, store, loseMessages } = await setUp({ dotsPerPerson: 1 });
    await send(onA, 'fran', { type: 'topic:propose', title: 'Only topic' });
    await send(onA, 'fran', { type: 'phase:set', phase: 'vote' });
    await onB.refresh();
    loseMessages();
    const topicId = onA.view.topics[0]?.id ?? '';
    // A commits the dot and dies before its answer reaches the client; the client sends it to B.
    const first = await send(onA, 'fran', { type: 'vote:cast', topicId }, 'the-dot');
    const again = await send(onB, 'fran', { type: 'vote:cast', topicId }, 'the-dot');
    expect(again).toEqual(first);
    const dots = (await store.loadEvents(onA.id)).filter((event) => event.type === 'vote:cast');
    expect(dots).toHaveLength(1);
  });

  it('lets one of two dots through when both nodes spend the last one at the same moment', async () => {
    const { onA, onB, store } = await setUp({ dotsPerPerson: 1, maxDotsPerTopic: 1 });
    await send(onA, 'fran', { type: 'topic:propose', title: 'One' });
    await send(onA, 'fran', { type: 'topic:propose', title: 'Two' });
    await send(onA, 'fran', { type: 'phase:set', phase: 'vote' });
    await onB.refresh();
    const [one, two] = onA.view.topics.map((topic) => topic.id);
    const answers = await Promise.all([
      send(onA, 'fran', { type: 'vote:cast', topicId: one }),
      send(onB, 'fran', { type: 'vote:cast', topicId: two }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({
      error: { code: 'VOTE_BUDGET_EXHAUSTED' },
    });
    const events = await store.loadEvents(onA.id);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('counts viewers on the other node as online', async () => {
    const { onA, onB } = await setUp();
    onA.attach('fran-on-a', identity('fran', true));
    const fran = onA.snapshot(identity('fran', true)).online;
    expect(onB.snapshot(identity('fran', true)).online).toEqual([]);
    onB.setRemoteViewers([identity('fran', true).tokenHash]);
    expect(onB.snapshot(identity('fran', true)).online).toEqual(fran);
    onB.setRemoteViewers([]);
    expect(onB.snapshot(identity('fran', true)).online).toEqual([]);
  });
});
