/**
 * The event stream contract (append with expected seq, read since, command ids), the same cases
 * for both kinds of stream, meetings' and communities', run against every store implementation.
 */
import { ErrorCode } from '@percolate/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DuplicateCommandError,
  type EventStream,
  SequenceConflictError,
  type Store,
  StreamNotFoundError,
} from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { communityRecord, created, joined } from './communityContract.js';
import { type Backend, openedStores } from './openedStores.js';

export interface StreamBackendTraits {
  /** Whether a store opened again sees what an earlier one wrote (not so for `:memory:`). */
  reopens: boolean;
}

/** One kind of stream: how to create one, number its events, and find it on a store. */
interface Kind<Event> {
  name: 'meeting' | 'community';
  create(store: Store, id: string): Promise<void>;
  /** The stream's n-th event, written by `commandId`. */
  event(seq: number, commandId: string): Event;
  of(store: Store): EventStream<Event>;
}

const meetings: Kind<unknown> = {
  name: 'meeting',
  create: (store, id) => store.createMeeting(meetingRecord(id), [meetingCreated(id)]),
  event: (seq, commandId) => proposeTopics(commandId, seq - 1).events.at(0),
  of: (store) => store.streams.meetings,
};

const communities: Kind<unknown> = {
  name: 'community',
  create: (store, id) => store.createCommunity(communityRecord(id), [created(id)]),
  event: (seq, commandId) => joined(seq, commandId),
  of: (store) => store.streams.communities,
};

const ok = (seq: number) => ({ ok: true as const, seq });

export function describeEventStreamContract(
  name: string,
  createBackend: () => Promise<Backend<Store>>,
  { reopens }: StreamBackendTraits,
): void {
  for (const kind of [meetings, communities]) {
    describe(`${name} (${kind.name} event stream contract)`, () => {
      const { openStore } = openedStores(createBackend);
      let store: Store;
      let stream: EventStream<unknown>;
      /** A second node's view of the same storage (the same store where it cannot be opened twice). */
      const otherNode = async () => (reopens ? kind.of(await openStore()) : stream);
      const seqsOf = async (id: string, on = stream) =>
        (await on.readSince(id)).map((event) => (event as { seq: number }).seq);
      const command = (commandId: string, seq: number) => ({ commandId, ack: ok(seq) });
      const one = (seq: number, commandId: string) => ({
        events: [kind.event(seq, commandId)],
        commands: [command(commandId, seq)],
      });

      beforeEach(async () => {
        store = await openStore();
        stream = kind.of(store);
        await kind.create(store, 's1');
      });

      it('says which kind of stream it is', () => {
        expect(stream.kind).toBe(kind.name);
      });

      it('reads appended events in order, and only those after a given seq', async () => {
        await stream.append('s1', 1, {
          events: [kind.event(2, 'a'), kind.event(3, 'a')],
          commands: [command('a', 3)],
        });
        await stream.append('s1', 3, one(4, 'b'));

        expect(await seqsOf('s1')).toEqual([1, 2, 3, 4]);
        expect(await stream.readSince('s1', 3)).toEqual([kind.event(4, 'b')]);
        expect(await stream.readSince('s1', 4)).toEqual([]);
      });

      it('reads nothing of a stream it does not know', async () => {
        expect(await stream.readSince('ghost')).toEqual([]);
      });

      it('refuses an append to a stream that does not exist, naming it', async () => {
        const refused = stream.append('ghost', 0, one(1, 'g'));
        await expect(refused).rejects.toBeInstanceOf(StreamNotFoundError);
        await expect(refused).rejects.toMatchObject({ stream: kind.name, streamId: 'ghost' });
      });

      it('refuses an append after the log moved on, and writes nothing of it', async () => {
        await (await otherNode()).append('s1', 1, one(2, 'first'));

        const late = stream.append('s1', 1, one(2, 'late'));
        await expect(late).rejects.toBeInstanceOf(SequenceConflictError);
        await expect(late).rejects.toMatchObject({
          stream: kind.name,
          streamId: 's1',
          expectedSeq: 1,
        });
        expect(await seqsOf('s1')).toEqual([1, 2]);
        expect(await stream.findCommandAck('s1', 'late')).toBeNull();
      });

      it('lets exactly one of two simultaneous appends at the same seq win', async () => {
        const other = await otherNode();
        const results = await Promise.allSettled([
          stream.append('s1', 1, one(2, 'mine')),
          other.append('s1', 1, one(2, 'theirs')),
        ]);

        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const lost = results.find((result) => result.status === 'rejected');
        expect(lost?.status === 'rejected' && lost.reason).toBeInstanceOf(SequenceConflictError);
        expect(await seqsOf('s1')).toEqual([1, 2]);
      });

      it('refuses a command id committed before, and appends nothing of it', async () => {
        await stream.append('s1', 1, one(2, 'c'));

        const again = stream.append('s1', 2, one(3, 'c'));
        await expect(again).rejects.toBeInstanceOf(DuplicateCommandError);
        await expect(again).rejects.toMatchObject({ stream: kind.name, commandId: 'c' });
        expect(await seqsOf('s1')).toEqual([1, 2]);
        expect(await stream.findCommandAck('s1', 'c')).toEqual(ok(2));
      });

      it('refuses an append in which a command id repeats, and appends nothing of it', async () => {
        const twice = stream.append('s1', 1, {
          events: [kind.event(2, 'c'), kind.event(3, 'c')],
          commands: [command('c', 2), command('c', 3)],
        });

        await expect(twice).rejects.toBeInstanceOf(DuplicateCommandError);
        expect(await seqsOf('s1')).toEqual([1]);
        expect(await stream.findCommandAck('s1', 'c')).toBeNull();
      });

      it('keeps a refused command as an ack without events', async () => {
        const refused = { ok: false as const, error: { code: ErrorCode.Forbidden, message: 'no' } };
        await stream.append('s1', 1, { events: [], commands: [{ commandId: 'r', ack: refused }] });

        expect(await stream.findCommandAck('s1', 'r')).toEqual(refused);
        expect(await seqsOf('s1')).toEqual([1]);
        await stream.append('s1', 1, one(2, 'next'));
      });

      it('refuses events numbered with a gap, as a bug of the caller', async () => {
        await expect(stream.append('s1', 1, one(3, 'gap'))).rejects.toThrow(RangeError);
        expect(await seqsOf('s1')).toEqual([1]);
      });

      it('keeps command ids apart per stream', async () => {
        await kind.create(store, 's2');
        await stream.append('s1', 1, one(2, 'same'));
        await stream.append('s2', 1, one(2, 'same'));

        expect(await stream.findCommandAck('s2', 'same')).toEqual(ok(2));
        expect(await stream.findCommandAck('s3', 'same')).toBeNull();
      });

      it('keeps its streams apart from the other kind with the same id', async () => {
        const other = kind === meetings ? communities : meetings;
        await other.create(store, 's1');
        await stream.append('s1', 1, one(2, 'a'));

        expect(await seqsOf('s1', other.of(store))).toEqual([1]);
        expect(await other.of(store).findCommandAck('s1', 'a')).toBeNull();
      });

      it('appends to both kinds of stream together', async () => {
        const other = kind === meetings ? communities : meetings;
        await other.create(store, 'o1');
        await Promise.all([
          stream.append('s1', 1, one(2, 'a')),
          other.of(store).append('o1', 1, { events: [other.event(2, 'b')], commands: [] }),
        ]);

        expect(await seqsOf('s1')).toEqual([1, 2]);
        expect(await other.of(store).readSince('o1', 1)).toEqual([other.event(2, 'b')]);
      });

      // Only a store on disk outlives its process: an in-memory one has no such case.
      if (reopens) {
        it('keeps events and acks across a restart', async () => {
          await stream.append('s1', 1, one(2, 'a'));
          await store.close();

          const reopened = kind.of(await openStore());
          expect(await reopened.readSince('s1', 1)).toEqual([kind.event(2, 'a')]);
          expect(await seqsOf('s1', reopened)).toEqual([1, 2]);
          expect(await reopened.findCommandAck('s1', 'a')).toEqual(ok(2));
        });
      }
    });
  }
}
