/**
 * The storage contract for the minutes' delivery outbox (#17), run against every store
 * implementation: deliveries are queued in the same transaction as a meeting's end, claimed by
 * one worker at a time under a lease, and finished only by the claim that holds them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Channel, type DeliveryTarget, type Store } from '../../../server/src/store/index.js';
import { endMeeting, meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { communityRecord, created } from './communityContract.js';
import { type Backend, openedStores } from './openedStores.js';

const T0 = 1_760_000_000_000;
const LEASE = 60_000;
const C1 = { communityId: 'c1' };

const target = (id: string, overrides: Partial<DeliveryTarget> = {}): DeliveryTarget => ({
  id,
  communityId: 'c1',
  meetingId: null,
  channel: Channel.Email,
  address: `${id}@lists.example.org`,
  secret: null,
  createdAt: T0,
  ...overrides,
});

export function describeDeliveryStoreContract(
  name: string,
  createBackend: () => Promise<Backend<Store>>,
): void {
  describe(`${name} (delivery outbox contract)`, () => {
    const { openStore } = openedStores(createBackend);
    let store: Store;
    const states = async (on: Store = store) =>
      (await on.listDeliveries(C1, 100)).map((each) => `${each.targetId}:${each.state}`).sort();

    beforeEach(async () => {
      store = await openStore();
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.createMeeting(meetingRecord('m1', { communityId: 'c1' }), [meetingCreated('m1')]);
      await store.createMeeting(meetingRecord('solo'), [meetingCreated('solo')]);
      await store.addDeliveryTarget(target('list'));
      await store.addDeliveryTarget(
        target('chat', { channel: Channel.Json, address: 'http://127.0.0.1:9/hook', secret: 's' }),
      );
    });

    it('queues one delivery per target with the append that ends the meeting, and no sooner', async () => {
      await store.append('m1', 1, [proposeTopics('c1', 1)]);
      expect(await states()).toEqual([]);

      await store.append('m1', 2, [endMeeting('end', 2, T0 + 5)]);
      expect(await states()).toEqual(['chat:pending', 'list:pending']);
      const [first] = await store.listDeliveries(C1, 1);
      expect(first).toMatchObject({ meetingId: 'm1', attempts: 0, nextAttemptAt: T0 + 5 });
      expect(await states(await openStore())).toEqual(['chat:pending', 'list:pending']);
    });

    it('queues nothing when the ending append is refused', async () => {
      await store.append('m1', 1, [proposeTopics('c1', 1)]);
      await expect(store.append('m1', 1, [endMeeting('end', 1, T0 + 5)])).rejects.toThrow();
      expect(await states()).toEqual([]);
    });

    it('queues nothing for a one-off meeting or for another community', async () => {
      await store.append('solo', 1, [endMeeting('end', 1, T0 + 5)]);
      expect(await states()).toEqual([]);
    });

    it("queues a one-off meeting's own addresses with its end, and only them", async () => {
      const solo = { meetingId: 'solo' };
      await store.addDeliveryTarget(target('mine', { communityId: null, meetingId: 'solo' }));
      await store.append('solo', 1, [endMeeting('end', 1, T0 + 5)]);
      expect((await store.listDeliveries(solo, 10)).map((each) => each.targetId)).toEqual(['mine']);
      expect((await store.listDeliveryTargets(solo)).map((each) => each.id)).toEqual(['mine']);
      expect(await states()).toEqual([]);
      const [claimed] = await store.claimDeliveries(T0 + 10, LEASE, 'a', 10);
      expect(claimed).toMatchObject({ meetingId: 'solo', communityId: null });
      expect(claimed?.target).toMatchObject({ meetingId: 'solo', communityId: null });
      expect(await store.requestDeliveries(solo, 'solo', 'mine', T0 + 20)).toBe(1);
      expect(await store.requestDeliveries(solo, 'm1', null, T0 + 20)).toBe(0);
      expect(await store.requestDeliveries(C1, 'solo', null, T0 + 20)).toBe(0);
      expect(await store.removeDeliveryTarget(C1, 'mine')).toBe(false);
      expect(await store.removeDeliveryTarget(solo, 'mine')).toBe(true);
    });

    it('hands each due delivery to one claim until its lease runs out', async () => {
      await store.append('m1', 1, [endMeeting('end', 1, T0 + 5)]);
      const other = await openStore();

      const [mine, theirs] = await Promise.all([
        store.claimDeliveries(T0 + 10, LEASE, 'node-a', 10),
        other.claimDeliveries(T0 + 10, LEASE, 'node-b', 10),
      ]);
      const claimed = [...mine, ...theirs].map((each) => each.targetId).sort();
      expect(claimed).toEqual(['chat', 'list']);
      expect(await store.claimDeliveries(T0 + 20, LEASE, 'node-c', 10)).toEqual([]);

      const again = await other.claimDeliveries(T0 + 10 + LEASE, LEASE, 'node-d', 10);
      expect(again.map((each) => each.attempts)).toEqual([2, 2]);
      const chat = again.find((each) => each.targetId === 'chat');
      expect(chat?.target).toMatchObject({ channel: Channel.Json, secret: 's' });
    });

    it('finishes a delivery only under the claim that holds it', async () => {
      await store.append('m1', 1, [endMeeting('end', 1, T0 + 5)]);
      await store.claimDeliveries(T0 + 10, LEASE, 'old', 10);
      await store.claimDeliveries(T0 + 10 + LEASE, LEASE, 'new', 10);

      const sent = { state: 'sent', at: T0 + LEASE + 20 } as const;
      expect(await store.finishDelivery('m1', 'list', 'old', sent)).toBe(false);
      expect(await store.finishDelivery('m1', 'list', 'new', sent)).toBe(true);
      expect(
        await store.finishDelivery('m1', 'chat', 'new', {
          state: 'pending',
          nextAttemptAt: T0 + 2 * LEASE,
          error: 'connection refused',
        }),
      ).toBe(true);
      expect(await states()).toEqual(['chat:pending', 'list:sent']);
      expect(await store.claimDeliveries(T0 + 2 * LEASE - 1, LEASE, 'early', 10)).toEqual([]);
      const retried = await store.claimDeliveries(T0 + 2 * LEASE, LEASE, 'due', 10);
      expect(retried.map((each) => [each.targetId, each.lastError])).toEqual([
        ['chat', 'connection refused'],
      ]);
    });

    it('resends a failed delivery afresh, and delivers an ended meeting on demand', async () => {
      await store.append('m1', 1, [endMeeting('end', 1, T0 + 5)]);
      await store.claimDeliveries(T0 + 10, LEASE, 'a', 10);
      await store.finishDelivery('m1', 'list', 'a', { state: 'failed', error: '550 no such list' });

      expect(await store.requestDeliveries(C1, 'm1', 'list', T0 + 100)).toBe(1);
      const [list] = (await store.listDeliveries(C1, 10)).filter(
        (each) => each.targetId === 'list',
      );
      expect(list).toMatchObject({ state: 'pending', attempts: 0, lastError: null });

      await store.addDeliveryTarget(target('late'));
      expect(await store.requestDeliveries(C1, 'm1', null, T0 + 200)).toBe(3);
      expect(await store.requestDeliveries(C1, 'solo', null, T0 + 200)).toBe(0);
    });

    it('forgets a removed target with its deliveries', async () => {
      await store.append('m1', 1, [endMeeting('end', 1, T0 + 5)]);
      expect(await store.removeDeliveryTarget(C1, 'list')).toBe(true);
      expect(await store.removeDeliveryTarget(C1, 'list')).toBe(false);
      expect((await store.listDeliveryTargets(C1)).map((each) => each.id)).toEqual(['chat']);
      expect(await states()).toEqual(['chat:pending']);
    });

    it('keeps one delivery link per meeting, replacing only a revoked one', async () => {
      const first = await store.deliveryLink('m1', { linkId: 'l1', secret: 's1' }, null);
      const second = await store.deliveryLink('m1', { linkId: 'l2', secret: 's2' }, null);
      expect([first, second]).toEqual([
        { linkId: 'l1', secret: 's1' },
        { linkId: 'l1', secret: 's1' },
      ]);
      expect(await store.deliveryLink('m1', { linkId: 'l3', secret: 's3' }, 'l1')).toEqual({
        linkId: 'l3',
        secret: 's3',
      });
    });
  });
}
