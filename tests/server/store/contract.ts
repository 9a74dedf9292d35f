/**
 * The one storage contract every EventStore must keep, run against each implementation.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DuplicateCommandError,
  type EventStore,
  JoinCodeTakenError,
  SequenceConflictError,
  StreamNotFoundError,
} from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics, refusedVote } from './builders.js';
import { type Backend, openedStores } from './openedStores.js';

/** A fresh, empty storage (a file, a schema) on which stores can be opened. */
export type StoreBackend = Backend<EventStore>;

export function describeEventStoreContract(
  name: string,
  createBackend: () => Promise<StoreBackend>,
): void {
  describe(`${name} (event store contract)`, () => {
    const { openStore, closeAll } = openedStores(createBackend);
    let store: EventStore;
    const seqsOf = async (meetingId: string, on: EventStore = store) =>
      (await on.loadEvents(meetingId)).map((event) => event.seq);

    /** Appends one command at the current end of the log, reloading and retrying on conflict. */
    const appendAtEnd = async (on: EventStore, meetingId: string, commandId: string) => {
      for (let attempt = 0; attempt < 500; attempt += 1) {
        const last = (await on.loadEvents(meetingId)).at(-1)?.seq ?? 0;
        try {
          await on.append(meetingId, last, [proposeTopics(commandId, last)]);
          return;
        } catch (error) {
          if (!(error instanceof SequenceConflictError)) throw error;
        }
      }
      throw new Error(`${commandId} never got its turn`);
    };

    beforeEach(async () => {
      store = await openStore();
    });

    describe('meetings', () => {
      it('finds a created meeting by its id and by its join code', async () => {
        const record = meetingRecord('m1', { joinCode: 'K7P2QX' });
        await store.createMeeting(record, [meetingCreated('m1')]);

        expect(await store.findMeeting('m1')).toEqual(record);
        expect(await store.findMeetingByJoinCode('K7P2QX')).toEqual(record);
        expect(await store.findMeeting('nope')).toBeNull();
        expect(await store.findMeetingByJoinCode('NOPE')).toBeNull();
      });

      it("keeps the meeting's first events", async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);

        expect(await store.loadEvents('m1')).toEqual([meetingCreated('m1')]);
      });

      it('refuses a second meeting with a join code that is taken, and keeps the first', async () => {
        const first = meetingRecord('m1', { joinCode: 'SAME' });
        await store.createMeeting(first, [meetingCreated('m1')]);

        await expect(
          store.createMeeting(meetingRecord('m2', { joinCode: 'SAME' }), [meetingCreated('m2')]),
        ).rejects.toBeInstanceOf(JoinCodeTakenError);
        expect(await store.findMeetingByJoinCode('SAME')).toEqual(first);
        expect(await store.findMeeting('m2')).toBeNull();
        expect(await store.loadEvents('m2')).toEqual([]);
      });

      it('lists every meeting, oldest first', async () => {
        await store.createMeeting(meetingRecord('late', { createdAt: 3_000 }), []);
        await store.createMeeting(meetingRecord('early', { createdAt: 1_000 }), []);
        await store.createMeeting(meetingRecord('middle', { createdAt: 2_000 }), []);

        const listed = await store.listMeetings();
        expect(listed.map((record) => record.id)).toEqual(['early', 'middle', 'late']);
        expect(listed[0]).toEqual(meetingRecord('early', { createdAt: 1_000 }));
      });
    });

    describe('appending and loading events', () => {
      beforeEach(async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
      });

      it('returns appended events in order, and only those after a given seq', async () => {
        await store.append('m1', 1, [proposeTopics('c1', 1, ['Hybrid meetings', 'WOL circles'])]);
        await store.append('m1', 3, [proposeTopics('c2', 3), proposeTopics('c3', 4)]);

        const all = await store.loadEvents('m1');
        expect(all.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(all.slice(1).map((event) => event.commandId)).toEqual(['c1', 'c1', 'c2', 'c3']);
        expect(all[1]).toEqual(
          proposeTopics('c1', 1, ['Hybrid meetings', 'WOL circles']).events[0],
        );
        expect(await store.loadEvents('m1', 3)).toEqual(all.slice(3));
        expect(await store.loadEvents('m1', 5)).toEqual([]);
      });

      it('gives back exactly the text people typed, quotes, commas, braces and emoji included', async () => {
        const title = 'Quote " backslash \\ comma, {braces} «Umlaute äöü» 👩‍💻\nsecond line';
        await store.append('m1', 1, [proposeTopics('c1', 1, [title])]);

        const [, proposed] = await store.loadEvents('m1');
        expect(proposed).toMatchObject({ type: 'topic:proposed', title });
      });

      it('loads nothing for a meeting it does not know', async () => {
        expect(await store.loadEvents('unknown')).toEqual([]);
      });

      it("returns a committed command's ack, whether it succeeded or was refused", async () => {
        const accepted = proposeTopics('c1', 1);
        await store.append('m1', 1, [accepted, refusedVote('c2')]);

        expect(await store.findCommandAck('m1', 'c1')).toEqual(accepted.ack);
        expect(await store.findCommandAck('m1', 'c2')).toEqual(refusedVote('c2').ack);
        expect(await store.findCommandAck('m1', 'never-sent')).toBeNull();
        expect(await store.findCommandAck('other-meeting', 'c1')).toBeNull();
      });

      it('lets two meetings use the same command id', async () => {
        await store.createMeeting(meetingRecord('m2'), [meetingCreated('m2')]);
        await store.append('m1', 1, [proposeTopics('same', 1)]);
        await store.append('m2', 1, [proposeTopics('same', 1)]);

        expect(await seqsOf('m2')).toEqual([1, 2]);
      });

      it('refuses a batch whose events are not numbered right after the expected seq', async () => {
        await expect(store.append('m1', 1, [proposeTopics('c1', 2)])).rejects.toThrow(RangeError);
        expect(await seqsOf('m1')).toEqual([1]);
      });

      it('refuses to append to a meeting that does not exist', async () => {
        await expect(store.append('ghost', 0, [proposeTopics('c1', 0)])).rejects.toBeInstanceOf(
          StreamNotFoundError,
        );
      });
    });

    describe('exactly once: a batch is all or nothing', () => {
      beforeEach(async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
      });

      it('appends nothing when a command id repeats inside the batch', async () => {
        const batch = [proposeTopics('c1', 1), proposeTopics('c2', 2), proposeTopics('c1', 3)];

        const error = await rejectionOf(store.append('m1', 1, batch));
        expect(error).toBeInstanceOf(DuplicateCommandError);
        expect(error).toMatchObject({ meetingId: 'm1', commandId: 'c1' });
        expect(await seqsOf('m1')).toEqual([1]);
        expect(await store.findCommandAck('m1', 'c1')).toBeNull();
        expect(await store.findCommandAck('m1', 'c2')).toBeNull();
        await store.append('m1', 1, [proposeTopics('c3', 1)]);
        expect(await seqsOf('m1')).toEqual([1, 2]);
      });

      it('appends nothing when a retried command was committed by an earlier batch', async () => {
        const first = proposeTopics('c1', 1);
        await store.append('m1', 1, [first]);

        const error = await rejectionOf(
          store.append('m1', 2, [proposeTopics('c2', 2), proposeTopics('c1', 3)]),
        );
        expect(error).toBeInstanceOf(DuplicateCommandError);
        expect(error).toMatchObject({ commandId: 'c1' });
        expect(await seqsOf('m1')).toEqual([1, 2]);
        expect(await store.findCommandAck('m1', 'c1')).toEqual(first.ack);
        expect(await store.findCommandAck('m1', 'c2')).toBeNull();
      });
    });

    describe('one writer per meeting: the expected seq', () => {
      beforeEach(async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
        await store.append('m1', 1, [proposeTopics('c1', 1)]);
      });

      it('throws a sequence conflict and appends nothing when the log has moved on', async () => {
        const error = await rejectionOf(store.append('m1', 1, [proposeTopics('late', 1)]));
        expect(error).toBeInstanceOf(SequenceConflictError);
        expect(error).toMatchObject({ meetingId: 'm1', expectedSeq: 1 });
        await expect(store.append('m1', 5, [proposeTopics('ahead', 5)])).rejects.toBeInstanceOf(
          SequenceConflictError,
        );
        expect(await seqsOf('m1')).toEqual([1, 2]);
        expect(await store.findCommandAck('m1', 'late')).toBeNull();
      });

      it('lets exactly one of two concurrent appends at the same seq win', async () => {
        const results = await Promise.allSettled([
          store.append('m1', 2, [proposeTopics('a', 2)]),
          store.append('m1', 2, [proposeTopics('b', 2)]),
        ]);

        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const [rejected] = results.filter((result) => result.status === 'rejected');
        expect(rejected?.reason).toBeInstanceOf(SequenceConflictError);
        expect(await seqsOf('m1')).toEqual([1, 2, 3]);
      });

      it('lets exactly one of two nodes win when both append at the same seq', async () => {
        const otherNode = await openStore();
        const results = await Promise.allSettled([
          store.append('m1', 2, [proposeTopics('a', 2)]),
          otherNode.append('m1', 2, [proposeTopics('b', 2)]),
        ]);

        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        expect(await seqsOf('m1', otherNode)).toEqual([1, 2, 3]);
      });

      it('keeps one gapless log when two nodes keep racing and retrying', async () => {
        const otherNode = await openStore();
        const writers = [store, otherNode].flatMap((node, n) =>
          Array.from({ length: 3 }, (_, w) => async () => {
            for (let i = 0; i < 5; i += 1) await appendAtEnd(node, 'm1', `node${n}-w${w}-${i}`);
          }),
        );

        await Promise.all(writers.map((write) => write()));

        const events = await store.loadEvents('m1');
        expect(events.map((event) => event.seq)).toEqual(
          Array.from({ length: 32 }, (_, i) => i + 1),
        );
        expect(new Set(events.map((event) => event.commandId)).size).toBe(32);
      });
    });

    describe('durability and deletion', () => {
      it('keeps events and acks across closing and reopening', async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
        const command = proposeTopics('c1', 1);
        await store.append('m1', 1, [command]);
        const before = await store.loadEvents('m1');
        await closeAll();

        const reopened = await openStore();

        expect(await reopened.loadEvents('m1')).toEqual(before);
        expect(await reopened.findMeeting('m1')).toEqual(meetingRecord('m1'));
        expect(await reopened.findCommandAck('m1', 'c1')).toEqual(command.ack);
        await reopened.append('m1', 2, [proposeTopics('c2', 2)]);
        await expect(reopened.append('m1', 2, [proposeTopics('c3', 2)])).rejects.toBeInstanceOf(
          SequenceConflictError,
        );
      });

      it('deletes a meeting with its events and commands, and leaves the others alone', async () => {
        for (const id of ['gone', 'kept']) {
          await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
          await store.append(id, 1, [proposeTopics('c1', 1)]);
        }

        await store.deleteMeeting('gone');

        expect(await store.findMeeting('gone')).toBeNull();
        expect(await store.findMeetingByJoinCode(meetingRecord('gone').joinCode)).toBeNull();
        expect(await store.loadEvents('gone')).toEqual([]);
        expect(await store.findCommandAck('gone', 'c1')).toBeNull();
        expect((await store.listMeetings()).map((record) => record.id)).toEqual(['kept']);
        expect(await seqsOf('kept')).toEqual([1, 2]);
        expect(await store.findCommandAck('kept', 'c1')).not.toBeNull();
        await expect(store.append('gone', 2, [proposeTopics('c2', 2)])).rejects.toBeInstanceOf(
          StreamNotFoundError,
        );
      });

      it('frees a deleted meeting’s id and join code, and ignores deleting an unknown meeting', async () => {
        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
        await store.append('m1', 1, [proposeTopics('c1', 1)]);
        await store.deleteMeeting('m1');
        await store.deleteMeeting('never-existed');

        await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
        await store.append('m1', 1, [proposeTopics('c1', 1)]);
        expect(await seqsOf('m1')).toEqual([1, 2]);
      });
    });
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
