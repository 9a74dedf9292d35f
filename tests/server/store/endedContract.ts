/**
 * The storage contract for when meetings ended (retention, community conclusions), run against
 * every store implementation beside contract.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../../../server/src/store/index.js';
import { endMeeting, meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import type { StoreBackend } from './contract.js';
import { openedStores } from './openedStores.js';

const T0 = 1_760_000_000_000;
const DAY = 24 * 60 * 60 * 1000;

export function describeMeetingEndContract(
  name: string,
  createBackend: () => Promise<StoreBackend>,
): void {
  describe(`${name} (meeting end contract)`, () => {
    const { openStore } = openedStores(createBackend);
    let store: EventStore;
    const endedAt = async (meetingId: string, on: EventStore = store) =>
      (await on.findMeeting(meetingId))?.endedAt;

    beforeEach(async () => {
      store = await openStore();
      for (const id of ['m1', 'm2', 'm3']) {
        await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
      }
    });

    it('knows a meeting has not ended until its meeting:ended is appended', async () => {
      await store.append('m1', 1, [proposeTopics('c1', 1)]);
      expect(await endedAt('m1')).toBeNull();

      await store.append('m1', 2, [endMeeting('end', 2, T0 + DAY)]);
      expect(await endedAt('m1')).toBe(T0 + DAY);
      expect(await endedAt('m1', await openStore())).toBe(T0 + DAY);
    });

    it('keeps the first end when another meeting:ended follows', async () => {
      await store.append('m1', 1, [
        endMeeting('end', 1, T0 + DAY),
        endMeeting('again', 2, T0 + 2 * DAY),
      ]);
      expect(await endedAt('m1')).toBe(T0 + DAY);
    });

    it('records no end when the batch that would end the meeting is refused', async () => {
      await store.append('m1', 1, [proposeTopics('c1', 1)]);
      await expect(store.append('m1', 1, [endMeeting('end', 1, T0 + DAY)])).rejects.toThrow();
      expect(await endedAt('m1')).toBeNull();
    });

    it('lists the meetings that ended before a moment, earliest end first', async () => {
      await store.append('m2', 1, [endMeeting('end', 1, T0 + 2 * DAY)]);
      await store.append('m1', 1, [endMeeting('end', 1, T0 + DAY)]);
      await store.append('m3', 1, [endMeeting('end', 1, T0 + 5 * DAY)]);

      const endedBefore = async (cutoff: number) =>
        (await store.listMeetingsEndedBefore(cutoff)).map((record) => record.id);
      expect(await endedBefore(T0 + 3 * DAY)).toEqual(['m1', 'm2']);
      expect(await endedBefore(T0 + DAY)).toEqual([]);
      expect(await endedBefore(T0 + 6 * DAY)).toEqual(['m1', 'm2', 'm3']);
    });
  });
}
