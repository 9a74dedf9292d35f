/**
 * The storage contract for communities, run against every store implementation (as the
 * meetings' contract in contract.ts).
 */
import { type CommunityEvent, ErrorCode, type MeetingEvent } from '@percolate/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CommunityRecord,
  DuplicateCommandError,
  InviteCodeTakenError,
  JoinCodeTakenError,
  type NewCommunity,
  type NewMeeting,
  SequenceConflictError,
  type Store,
  StreamNotFoundError,
} from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { type Backend, openedStores } from './openedStores.js';

export type CommunityBackend = Backend<Store>;

const T0 = 1_760_000_000_000;

export const communityRecord = (
  id: string,
  overrides: Partial<CommunityRecord> = {},
): CommunityRecord => ({
  id,
  inviteCode: `INV-${id}`,
  organiserKeyHash: 'a'.repeat(64),
  name: `CoP ${id}`,
  createdAt: T0,
  ...overrides,
});

export const created = (communityId: string): CommunityEvent => ({
  type: 'community:created',
  communityId,
  name: `CoP ${communityId}`,
  description: 'Personnel developers of cities',
  seq: 1,
  at: T0,
});

const ok = (seq: number) => ({ ok: true as const, seq });

export const joined = (seq: number, name: string): CommunityEvent => ({
  type: 'member:joined',
  memberId: `m-${name}`,
  name,
  tokenHash: `hash-${name}`,
  seq,
  at: T0 + seq,
});

export function describeCommunityStoreContract(
  name: string,
  createBackend: () => Promise<CommunityBackend>,
): void {
  describe(`${name} (community store contract)`, () => {
    const { openStore } = openedStores(createBackend);
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
    });

    it('finds a created community by its id and by its invite code', async () => {
      const record = communityRecord('c1', { inviteCode: 'JOINUS' });
      await store.createCommunity(record, [created('c1')]);

      expect(await store.findCommunity('c1')).toEqual(record);
      expect(await store.findCommunityByInviteCode('JOINUS')).toEqual(record);
      expect(await store.findCommunity('nope')).toBeNull();
      expect(await store.findCommunityByInviteCode('NOPE')).toBeNull();
    });

    it('refuses an invite code that another community has', async () => {
      await store.createCommunity(communityRecord('c1', { inviteCode: 'SAME' }), [created('c1')]);
      await expect(
        store.createCommunity(communityRecord('c2', { inviteCode: 'SAME' }), [created('c2')]),
      ).rejects.toBeInstanceOf(InviteCodeTakenError);
      expect(await store.findCommunity('c2')).toBeNull();
    });

    it('keeps events in order, byte for byte, and loads those after a sequence number', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.appendCommunityEvents('c1', 1, [joined(2, 'Ana'), joined(3, 'Ben')]);
      await store.appendCommunityEvents('c1', 3, [joined(4, 'Cem')]);

      expect(await store.loadCommunityEvents('c1')).toEqual([
        created('c1'),
        joined(2, 'Ana'),
        joined(3, 'Ben'),
        joined(4, 'Cem'),
      ]);
      expect(await store.loadCommunityEvents('c1', 3)).toEqual([joined(4, 'Cem')]);
    });

    it('keeps communities apart from each other and from meetings', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.createCommunity(communityRecord('c2'), [created('c2')]);
      await store.appendCommunityEvents('c2', 1, [joined(2, 'Ana')]);

      expect(await store.loadCommunityEvents('c1')).toEqual([created('c1')]);
      expect(await store.loadEvents('c2')).toEqual([]);
      expect(await store.listMeetings()).toEqual([]);
    });

    it('refuses an append when another writer got there first, and writes nothing of it', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      const other = await openStore();
      await other.appendCommunityEvents('c1', 1, [joined(2, 'Ana')]);

      await expect(store.appendCommunityEvents('c1', 1, [joined(2, 'Ben')])).rejects.toBeInstanceOf(
        SequenceConflictError,
      );
      expect(await store.loadCommunityEvents('c1')).toEqual([created('c1'), joined(2, 'Ana')]);
    });

    it('lets only one of two simultaneous appends at the same sequence win', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      const other = await openStore();
      const results = await Promise.allSettled([
        store.appendCommunityEvents('c1', 1, [joined(2, 'Ana')]),
        other.appendCommunityEvents('c1', 1, [joined(2, 'Ben')]),
      ]);

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((result) => result.status === 'rejected');
      expect(lost?.status === 'rejected' && lost.reason).toBeInstanceOf(SequenceConflictError);
      expect(await store.loadCommunityEvents('c1')).toHaveLength(2);
    });

    it('says when the community does not exist', async () => {
      await expect(store.appendCommunityEvents('ghost', 0, [])).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
    });

    it('keeps everything across a restart', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.appendCommunityEvents('c1', 1, [joined(2, 'Ana')]);
      await store.close();

      const reopened = await openStore();
      expect(await reopened.findCommunity('c1')).toEqual(communityRecord('c1'));
      expect(await reopened.loadCommunityEvents('c1')).toEqual([created('c1'), joined(2, 'Ana')]);
    });

    it('refuses events numbered with a gap, as a bug of the caller', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await expect(store.appendCommunityEvents('c1', 1, [joined(3, 'Ana')])).rejects.toThrow(
        RangeError,
      );
    });

    it("keeps a command's ack with its events, across a restart", async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.appendCommunityEvents('c1', 1, [joined(2, 'Ana')], {
        commandId: 'join-ana',
        ack: ok(2),
      });
      await store.close();

      const reopened = await openStore();
      expect(await reopened.findCommunityCommandAck('c1', 'join-ana')).toEqual(ok(2));
      expect(await reopened.findCommunityCommandAck('c1', 'other')).toBeNull();
      expect(await reopened.findCommunityCommandAck('c2', 'join-ana')).toBeNull();
    });

    it('keeps a refusal as an ack without events', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      const refused = { ok: false as const, error: { code: ErrorCode.Forbidden, message: 'no' } };
      await store.appendCommunityEvents('c1', 1, [], { commandId: 'nope', ack: refused });

      expect(await store.findCommunityCommandAck('c1', 'nope')).toEqual(refused);
      expect(await store.loadCommunityEvents('c1')).toEqual([created('c1')]);
    });

    it('refuses a command id committed before, and appends nothing of it', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      const command = { commandId: 'join', ack: ok(2) };
      await store.appendCommunityEvents('c1', 1, [joined(2, 'Ana')], command);

      await expect(
        store.appendCommunityEvents('c1', 2, [joined(3, 'Ana')], command),
      ).rejects.toBeInstanceOf(DuplicateCommandError);
      expect(await store.loadCommunityEvents('c1')).toHaveLength(2);
      await store.appendCommunityEvents('c1', 2, [joined(3, 'Ben')]);
    });

    it('deletes a community with its events, acks and meetings, and leaves the others alone', async () => {
      await store.createCommunity(communityRecord('c1'), [created('c1')]);
      await store.createCommunity(communityRecord('c2'), [created('c2')]);
      await store.appendCommunityEvents('c1', 1, [joined(2, 'Ana')], {
        commandId: 'j',
        ack: ok(2),
      });
      await store.createMeeting(meetingRecord('m1', { communityId: 'c1' }), [meetingCreated('m1')]);
      await store.append('m1', 1, [proposeTopics('p1', 1)]);
      await store.createMeeting(meetingRecord('m2', { communityId: 'c2' }), [meetingCreated('m2')]);
      await store.createMeeting(meetingRecord('m3'), [meetingCreated('m3')]);

      await store.deleteCommunity('c1');
      await store.deleteCommunity('never-existed');

      expect(await store.findCommunity('c1')).toBeNull();
      expect(await store.loadCommunityEvents('c1')).toEqual([]);
      expect(await store.findCommunityCommandAck('c1', 'j')).toBeNull();
      expect(await store.findMeeting('m1')).toBeNull();
      expect(await store.loadEvents('m1')).toEqual([]);
      expect(await store.findCommandAck('m1', 'p1')).toBeNull();
      expect((await store.listMeetings()).map((record) => record.id)).toEqual(['m2', 'm3']);
      expect(await store.findMeeting('m2')).toMatchObject({ communityId: 'c2', endedAt: null });
      expect(await store.loadCommunityEvents('c2')).toEqual([created('c2')]);
    });

    describe('importing a community', () => {
      const ENDED = T0 + 3_600_000;
      const endOf = (id: string): MeetingEvent => ({
        type: 'meeting:ended',
        seq: 2,
        at: ENDED,
        commandId: `end-${id}`,
      });
      const held = (id: string, joinCode = `CODE-${id}`): NewMeeting => ({
        record: meetingRecord(id, { communityId: 'moved', endedAt: ENDED, joinCode }),
        events: [meetingCreated(id), endOf(id)],
      });
      const moved: NewCommunity = {
        record: communityRecord('moved', { inviteCode: 'MOVED' }),
        events: [created('moved')],
      };

      it('writes the community and its meetings, each ended as its record says', async () => {
        await store.importCommunity(moved, [held('m1'), held('m2')]);

        expect(await store.findCommunity('moved')).toEqual(moved.record);
        expect(await store.loadCommunityEvents('moved')).toEqual(moved.events);
        expect(await store.findMeeting('m2')).toEqual(held('m2').record);
        expect(await store.loadEvents('m2')).toEqual(held('m2').events);
        expect((await store.listMeetingsEndedBefore(ENDED + 1)).map((each) => each.id)).toEqual([
          'm1',
          'm2',
        ]);
        // Its meetings go on like any other: the next event follows the imported ones.
        await store.append('m1', 2, [proposeTopics('after', 2)]);
        await store.appendCommunityEvents('moved', 1, [joined(2, 'Ana')]);
      });

      it('writes nothing when its last meeting cannot be written', async () => {
        await store.createMeeting(meetingRecord('other', { joinCode: 'TAKEN' }), [
          meetingCreated('other'),
        ]);

        await expect(
          store.importCommunity(moved, [held('m1'), held('m2', 'TAKEN')]),
        ).rejects.toBeInstanceOf(JoinCodeTakenError);
        expect(await store.findCommunity('moved')).toBeNull();
        expect(await store.loadCommunityEvents('moved')).toEqual([]);
        expect(await store.findMeeting('m1')).toBeNull();
        expect(await store.loadEvents('m1')).toEqual([]);
        expect((await store.listMeetings()).map((record) => record.id)).toEqual(['other']);
      });

      it('writes nothing when its invite code is taken', async () => {
        await store.createCommunity(communityRecord('c1', { inviteCode: 'MOVED' }), [
          created('c1'),
        ]);

        await expect(store.importCommunity(moved, [held('m1')])).rejects.toBeInstanceOf(
          InviteCodeTakenError,
        );
        expect(await store.findCommunity('moved')).toBeNull();
        expect(await store.findMeeting('m1')).toBeNull();
      });

      it('writes nothing when one of its meetings has an id that exists', async () => {
        await store.createMeeting(meetingRecord('m2'), [meetingCreated('m2')]);

        await expect(
          store.importCommunity(moved, [held('m1'), held('m2', 'NEW')]),
        ).rejects.toThrow();
        expect(await store.findCommunity('moved')).toBeNull();
        expect(await store.findMeeting('m1')).toBeNull();
        expect(await store.findMeeting('m2')).toEqual(meetingRecord('m2'));
      });
    });

    it('refuses a meeting of a community it does not know', async () => {
      await expect(
        store.createMeeting(meetingRecord('m1', { communityId: 'ghost' }), [meetingCreated('m1')]),
      ).rejects.toThrow();
      expect(await store.findMeeting('m1')).toBeNull();
    });
  });
}
