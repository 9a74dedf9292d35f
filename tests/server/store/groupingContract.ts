/**
 * The grouping contract (#20), run against every store that groups its appends (SQLite's writer,
 * PostgreSQL's `append_group`): appends submitted in one tick share one transaction, and within it
 * each append succeeds or is refused on its own, in submission order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  Channel,
  DuplicateCommandError,
  SequenceConflictError,
  type Store,
  StreamNotFoundError,
} from '../../../server/src/store/index.js';
import { endMeeting, meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { communityRecord, created, joined } from './communityContract.js';
import { openedStores } from './openedStores.js';

const T0 = 1_760_000_000_000;

export interface GroupingBackend {
  /** Opens a store that reports each committed append transaction with how many appends it carried. */
  open(onCommitted: (appends: number) => void): Promise<Store>;
  destroy(): Promise<void>;
}

export function describeGroupingContract(
  name: string,
  createBackend: () => Promise<GroupingBackend>,
): void {
  describe(`${name} (grouping contract: appends of one tick share one transaction)`, () => {
    /** How many appends each committed transaction carried. */
    let commits: number[];
    const { openStore } = openedStores(async () => {
      const backend = await createBackend();
      return {
        open: () => backend.open((appends) => commits.push(appends)),
        destroy: backend.destroy,
      };
    });
    let store: Store;

    const seqsOf = async (meetingId: string) =>
      (await store.loadEvents(meetingId)).map((event) => event.seq);
    const statuses = (results: PromiseSettledResult<unknown>[]) =>
      results.map((result) => result.status);

    beforeEach(async () => {
      commits = [];
      store = await openStore();
      for (const id of ['m1', 'm2', 'm3']) {
        await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
      }
    });

    it('commits two meetings appended in the same tick in one transaction', async () => {
      await Promise.all([
        store.append('m1', 1, [proposeTopics('a', 1)]),
        store.append('m2', 1, [proposeTopics('b', 1)]),
      ]);

      expect(commits).toEqual([2]);
      expect(await seqsOf('m1')).toEqual([1, 2]);
      expect(await seqsOf('m2')).toEqual([1, 2]);
    });

    it('commits appends made in different ticks separately', async () => {
      await store.append('m1', 1, [proposeTopics('a', 1)]);
      await store.append('m2', 1, [proposeTopics('b', 1)]);

      expect(commits).toEqual([1, 1]);
    });

    it("groups a community's append with meetings' appends", async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await Promise.all([
        store.append('m1', 1, [proposeTopics('a', 1)]),
        store.appendCommunityEvents('c1', 1, [joined(2, 'Ada')], {
          commandId: 'join',
          ack: { ok: true, seq: 2 },
        }),
      ]);

      expect(commits).toEqual([2]);
      expect(await store.loadCommunityEvents('c1')).toHaveLength(2);
      expect(await store.findCommunityCommandAck('c1', 'join')).toEqual({ ok: true, seq: 2 });
    });

    it('rejects only the meeting whose log moved on; the others in the same tick are kept', async () => {
      await store.append('m1', 1, [proposeTopics('first', 1)]);
      commits = [];

      const [late, other] = await Promise.allSettled([
        store.append('m1', 1, [proposeTopics('late', 1)]),
        store.append('m2', 1, [proposeTopics('b', 1)]),
      ]);

      expect(late).toMatchObject({ status: 'rejected', reason: expect.any(SequenceConflictError) });
      expect(other.status).toBe('fulfilled');
      expect(commits).toEqual([2]);
      expect(await seqsOf('m1')).toEqual([1, 2]);
      expect(await store.findCommandAck('m1', 'late')).toBeNull();
      expect(await seqsOf('m2')).toEqual([1, 2]);
    });

    it('rolls back a refused part alone, even after it wrote some of its rows', async () => {
      // The duplicate is found on the second command, after the first one's rows were inserted.
      const results = await Promise.allSettled([
        store.append('m1', 1, [proposeTopics('a', 1)]),
        store.append('m2', 1, [proposeTopics('c1', 1), proposeTopics('c1', 2)]),
        store.append('ghost', 0, [proposeTopics('g', 0)]),
        store.append('m3', 1, [proposeTopics('c', 1)]),
      ]);

      expect(statuses(results)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
      expect(results[1]).toMatchObject({ reason: expect.any(DuplicateCommandError) });
      expect(results[2]).toMatchObject({ reason: expect.any(StreamNotFoundError) });
      expect(await seqsOf('m1')).toEqual([1, 2]);
      expect(await seqsOf('m2')).toEqual([1]);
      expect(await store.findCommandAck('m2', 'c1')).toBeNull();
      expect(await seqsOf('m3')).toEqual([1, 2]);
    });

    it('refuses a conflict and a command id stored before or earlier in the group, each alone', async () => {
      await store.append('m1', 1, [proposeTopics('kept', 1)]);
      commits = [];

      const results = await Promise.allSettled([
        store.append('m1', 1, [proposeTopics('stale', 1)]),
        store.append('m2', 1, [proposeTopics('x', 1)]),
        store.append('m1', 2, [proposeTopics('kept', 2)]),
        store.append('m2', 2, [proposeTopics('x', 2)]),
        store.append('m3', 1, [proposeTopics('y', 1)]),
      ]);

      expect(commits).toEqual([5]);
      expect(statuses(results)).toEqual([
        'rejected',
        'fulfilled',
        'rejected',
        'rejected',
        'fulfilled',
      ]);
      expect(results[0]).toMatchObject({ reason: expect.any(SequenceConflictError) });
      expect(results[2]).toMatchObject({ reason: { commandId: 'kept' } });
      expect(results[2]).toMatchObject({ reason: expect.any(DuplicateCommandError) });
      expect(results[3]).toMatchObject({ reason: expect.any(DuplicateCommandError) });
      expect(await seqsOf('m1')).toEqual([1, 2]);
      expect(await seqsOf('m2')).toEqual([1, 2]);
      expect(await store.findCommandAck('m2', 'x')).toEqual({ ok: true, seq: 2 });
      expect(await seqsOf('m3')).toEqual([1, 2]);
    });

    it('applies two appends to one meeting in the same tick in call order', async () => {
      const results = await Promise.allSettled([
        store.append('m1', 1, [proposeTopics('first', 1, ['One', 'Two'])]),
        store.append('m1', 3, [proposeTopics('second', 3)]),
      ]);

      expect(statuses(results)).toEqual(['fulfilled', 'fulfilled']);
      expect(commits).toEqual([2]);
      expect((await store.loadEvents('m1')).map((event) => event.commandId)).toEqual([
        'create-m1',
        'first',
        'first',
        'second',
      ]);
    });

    it('refuses the second of two same-tick appends that both expect the old end of the log', async () => {
      const [first, second] = await Promise.allSettled([
        store.append('m1', 1, [proposeTopics('first', 1)]),
        store.append('m1', 1, [proposeTopics('second', 1)]),
      ]);

      expect(first.status).toBe('fulfilled');
      expect(second).toMatchObject({
        status: 'rejected',
        reason: expect.any(SequenceConflictError),
      });
      expect(await seqsOf('m1')).toEqual([1, 2]);
    });

    it("queues a meeting's deliveries with its end in the group, and none for a refused end", async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      for (const id of ['e1', 'e2']) {
        await store.createMeeting(meetingRecord(id, { communityId: 'c1' }), [meetingCreated(id)]);
      }
      await store.addDeliveryTarget({
        id: 'list',
        communityId: 'c1',
        meetingId: null,
        channel: Channel.Email,
        address: 'list@lists.example.org',
        secret: null,
        createdAt: T0,
      });
      await store.append('e2', 1, [proposeTopics('before', 1)]);
      commits = [];

      const results = await Promise.allSettled([
        store.append('e1', 1, [endMeeting('end', 1, T0 + 5)]),
        store.append('e2', 1, [endMeeting('late-end', 1, T0 + 6)]),
        store.append('m1', 1, [proposeTopics('a', 1)]),
      ]);

      expect(statuses(results)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(commits).toEqual([3]);
      const deliveries = await store.listDeliveries({ communityId: 'c1' }, 10);
      expect(deliveries.map((each) => [each.meetingId, each.targetId])).toEqual([['e1', 'list']]);
      expect((await store.findMeeting('e1'))?.endedAt).toBe(T0 + 5);
      expect((await store.findMeeting('e2'))?.endedAt).toBeNull();
    });

    it('commits what is queued when the store closes', async () => {
      const appended = store.append('m1', 1, [proposeTopics('a', 1)]);
      await store.close();
      await appended;

      expect(commits).toEqual([1]);
      store = await openStore();
      expect(await seqsOf('m1')).toEqual([1, 2]);
    });
  });
}
