/**
 * The command service's group commit, against the real SQLite store wrapped so a test can count,
 * hold or fail its appends: commands of one turn share one transaction, nothing is acknowledged
 * before the commit, a failed commit changes nothing, and a meeting moved on by another writer is
 * reloaded and the batch decided again.
 */
import type { PrivateView, ViewPatch } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/src/clock.js';
import { randomIds } from '../../server/src/ids.js';
import { silentLogger } from '../../server/src/logger.js';
import type { ViewerIdentity } from '../../server/src/meetings/connections.js';
import type { MeetingRuntime } from '../../server/src/meetings/meetingRuntime.js';
import { MeetingService } from '../../server/src/meetings/meetingService.js';
import { sha256Hex } from '../../server/src/secrets.js';
import {
  type CommittedCommand,
  type EventStore,
  openSqliteStore,
} from '../../server/src/store/index.js';
import { patchForAll } from '../helpers/patchForAll.js';

/** The real store, with appends that can be counted, held back or made to fail. */
const faultyStore = (inner: EventStore) => {
  const appends: CommittedCommand[][] = [];
  let failNext = false;
  let hold: Promise<void> | null = null;
  const store: EventStore = {
    ...inner,
    async append(meetingId, expectedSeq, batch) {
      appends.push(batch);
      if (hold) await hold;
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      return inner.append(meetingId, expectedSeq, batch);
    },
  };
  return {
    store,
    appends,
    failNextAppend: () => {
      failNext = true;
    },
    holdAppends: () => {
      let release = () => {};
      hold = new Promise<void>((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
      return release;
    },
  };
};

const identity = (name: string, hasFacilitatorKey = false): ViewerIdentity => ({
  tokenHash: sha256Hex(`token-of-${name}`),
  hasFacilitatorKey,
});
const actorOf = (name: string, key = false) =>
  ({ kind: 'client', ...identity(name, key) }) as const;

const send = (
  runtime: MeetingRuntime,
  name: string,
  command: object,
  key = false,
  id = `${name}-${Math.random()}`,
) => runtime.execute({ id, ...command } as never, actorOf(name, key));

describe('group commit', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  const setUp = async () => {
    const inner = openSqliteStore({ file: ':memory:' });
    const faulty = faultyStore(inner);
    const patches: ViewPatch[] = [];
    const privates: { socketIds: string[]; me: PrivateView }[] = [];
    const meetings = new MeetingService({
      store: faulty.store,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      config: { failoverMs: 60_000, patchHistory: 500, idleEvictionMs: 60_000 },
      outputs: {
        runtime: {
          patches: (_id, published) => patches.push(patchForAll(published)),
          seat: () => {},
          snapshot: () => {},
          privateView: (_id, socketIds, { me }) => privates.push({ socketIds: [...socketIds], me }),
          presence: () => {},
          patchesHere: () => {},
        },
      },
    });
    opened.push(inner, meetings);
    const { record } = await meetings.create('Batching');
    const runtime = await meetings.open(record.id);
    if (!runtime) throw new Error('no runtime');
    await send(runtime, 'fran', { type: 'participant:join', name: 'Fran' }, true);
    await send(runtime, 'fran', { type: 'phase:set', phase: 'propose' }, true);
    faulty.appends.length = 0;
    patches.length = 0;
    return { ...faulty, inner, meetings, runtime, patches, privates };
  };

  it('writes the commands of one turn in one transaction', async () => {
    const { runtime, appends, patches } = await setUp();
    const seqBefore = runtime.seq;
    const acks = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        send(runtime, 'fran', { type: 'topic:propose', title: `Topic ${i}` }, true),
      ),
    );
    expect(appends).toHaveLength(1);
    expect(appends[0]).toHaveLength(25);
    expect(acks.map((ack) => (ack.ok ? ack.seq : -1))).toEqual(
      Array.from({ length: 25 }, (_, i) => seqBefore + i + 1),
    );
    expect(patches).toEqual([expect.objectContaining({ from: seqBefore, to: seqBefore + 25 })]);
  });

  it('lets later commands of a batch see the earlier ones, and answers refusals alone', async () => {
    const { runtime, appends } = await setUp();
    const [joined, proposed, early] = await Promise.all([
      send(runtime, 'ann', { type: 'participant:join', name: 'Ann' }),
      send(runtime, 'ann', { type: 'topic:propose', title: 'Ann joined first' }),
      send(runtime, 'bob', { type: 'topic:propose', title: 'Bob never joined' }),
    ]);
    expect(joined.ok && proposed.ok).toBe(true);
    expect(early).toMatchObject({ ok: false, error: { code: 'NOT_JOINED' } });
    expect(appends).toHaveLength(1);
    expect(appends[0]?.map((command) => command.ack.ok)).toEqual([true, true]);
  });

  it('acknowledges nothing until the batch is stored', async () => {
    const { runtime, holdAppends, patches } = await setUp();
    const release = holdAppends();
    let answered = false;
    const ack = send(runtime, 'fran', { type: 'topic:propose', title: 'Held' }, true).then((a) => {
      answered = true;
      return a;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    expect(patches).toEqual([]);
    // Meanwhile the next batch fills and waits for its turn.
    const next = send(runtime, 'fran', { type: 'topic:propose', title: 'Next' }, true);
    release();
    expect((await ack).ok).toBe(true);
    expect((await next).ok).toBe(true);
    expect(patches).toHaveLength(2);
  });

  it('answers every command of a failed batch with INTERNAL and changes nothing', async () => {
    const { runtime, failNextAppend, patches, privates, inner } = await setUp();
    const seqBefore = runtime.seq;
    const viewBefore = runtime.view;
    failNextAppend();
    const acks = await Promise.all([
      send(runtime, 'fran', { type: 'topic:propose', title: 'Lost 1' }, true, 'lost-1'),
      send(runtime, 'fran', { type: 'topic:propose', title: 'Lost 2' }, true, 'lost-2'),
    ]);
    expect(acks.map((ack) => !ack.ok && ack.error.code)).toEqual(['INTERNAL', 'INTERNAL']);
    expect(runtime.seq).toBe(seqBefore);
    expect(runtime.view).toBe(viewBefore);
    expect(patches).toEqual([]);
    expect(privates).toEqual([]);
    expect((await inner.loadEvents(runtime.id)).at(-1)?.seq).toBe(seqBefore);
    // A failure is not remembered as the answer: the same command sent again now succeeds.
    const again = await send(
      runtime,
      'fran',
      { type: 'topic:propose', title: 'Lost 1' },
      true,
      'lost-1',
    );
    expect(again).toEqual({ ok: true, seq: seqBefore + 1 });
  });

  it('reloads and decides again when another writer moved the meeting on', async () => {
    const { runtime, inner, patches } = await setUp();
    const seq = runtime.seq;
    // Another node appends behind this runtime's back.
    const events = await inner.loadEvents(runtime.id);
    const joined = events.find((e) => e.type === 'participant:joined');
    if (joined?.type !== 'participant:joined') throw new Error('no participant');
    await inner.append(runtime.id, seq, [
      {
        commandId: 'other-node',
        events: [
          {
            type: 'topic:proposed',
            topicId: 'from-elsewhere',
            title: 'From another node',
            description: '',
            authorId: joined.participantId,
            seq: seq + 1,
            at: Date.now(),
            commandId: 'other-node',
          },
        ],
        ack: { ok: true, seq: seq + 1 },
      },
    ]);
    const ack = await send(runtime, 'fran', { type: 'topic:propose', title: 'Ours' }, true);
    expect(ack).toEqual({ ok: true, seq: seq + 2 });
    expect(runtime.view.topics.map((t) => t.title)).toEqual(['From another node', 'Ours']);
    // Only this node's own change goes out: the other writer sent its patch to everyone itself.
    expect(patches).toEqual([expect.objectContaining({ from: seq + 1, to: seq + 2 })]);
  });
});
