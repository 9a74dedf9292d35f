/**
 * Appending in turn (`appendInTurn`): a writer that finds another writer's events after the seq
 * it expected decides its batch again after them instead of failing. Run against every store: the
 * PostgreSQL store does it inside its own append, the others through the retrying fallback.
 */
import type { MeetingEvent } from '@percolate/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendInTurn } from '../../../server/src/store/appendInTurn.js';
import type { CommittedCommand, EventStore } from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import type { StoreBackend } from './contract.js';
import { openedStores } from './openedStores.js';

/** A writer's one command: numbered again after whatever it is handed, as `decide` would. */
const writer = (store: EventStore, commandId: string) => {
  const handed: MeetingEvent[][] = [];
  const append = async (expectedSeq: number, redecided: CommittedCommand[] | null = null) => {
    let seq = expectedSeq;
    await appendInTurn(store, 'm1', seq, [proposeTopics(commandId, seq)], (newer) => {
      handed.push([...newer]);
      seq = newer.at(-1)?.seq ?? seq;
      return redecided ?? [proposeTopics(commandId, seq)];
    });
  };
  return { append, handed };
};

export function describeAppendInTurnContract(
  name: string,
  createBackend: () => Promise<StoreBackend>,
): void {
  describe(`${name} (appending in turn)`, () => {
    const { openStore } = openedStores(createBackend);
    let store: EventStore;
    let otherNode: EventStore;
    const commandsOf = async () => (await store.loadEvents('m1')).map((event) => event.commandId);

    beforeEach(async () => {
      store = await openStore();
      otherNode = await openStore();
      await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
    });

    it('appends at once when nobody wrote meanwhile, deciding nothing again', async () => {
      const mine = writer(store, 'mine');
      await mine.append(1);
      expect(mine.handed).toEqual([]);
      expect(await commandsOf()).toEqual(['create-m1', 'mine']);
    });

    it("hands over the other writer's events and appends the batch decided again after them", async () => {
      await otherNode.append('m1', 1, [proposeTopics('theirs', 1)]);
      const mine = writer(store, 'mine');

      await mine.append(1);

      expect(mine.handed.flat().map((event) => event.commandId)).toEqual(['theirs']);
      const events = await store.loadEvents('m1');
      expect(events.map((event) => [event.seq, event.commandId])).toEqual([
        [1, 'create-m1'],
        [2, 'theirs'],
        [3, 'mine'],
      ]);
    });

    it('appends nothing when the batch decided again is empty (everything refused)', async () => {
      await otherNode.append('m1', 1, [proposeTopics('theirs', 1)]);
      const mine = writer(store, 'mine');

      await mine.append(1, []);

      expect(mine.handed).toHaveLength(1);
      expect(await commandsOf()).toEqual(['create-m1', 'theirs']);
      expect(await store.findCommandAck('m1', 'mine')).toBeNull();
    });

    it('keeps one gapless log, each command once, while two nodes write back to back', async () => {
      const writes = [store, otherNode].flatMap((node, n) =>
        Array.from({ length: 3 }, (_, w) => async () => {
          for (let i = 0; i < 6; i += 1) {
            const last = (await node.loadEvents('m1')).at(-1)?.seq ?? 0;
            await writer(node, `node${n}-w${w}-${i}`).append(last);
          }
        }),
      );

      await Promise.all(writes.map((write) => write()));

      const events = await store.loadEvents('m1');
      expect(events.map((event) => event.seq)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
      expect(new Set(events.map((event) => event.commandId)).size).toBe(37);
    });
  });
}
