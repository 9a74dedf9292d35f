/**
 * Wraps a store to count what the server's group commit achieves: how many appends (store
 * transactions) it made, how many commands they carried, and how long they took. better-sqlite3
 * is synchronous, so for SQLite that time is time the event loop stood still.
 */
import type { EventStore } from '../../server/src/store/types.js';
import type { StoreCounters } from './messages.js';

export const countingStore = (inner: EventStore) => {
  let counters: StoreCounters = { appends: 0, commands: 0, appendMs: 0 };
  const append: EventStore['append'] = async (meetingId, expectedSeq, batch) => {
    const startedAt = performance.now();
    try {
      await inner.append(meetingId, expectedSeq, batch);
    } finally {
      counters.appends += 1;
      counters.commands += batch.length;
      counters.appendMs += performance.now() - startedAt;
    }
  };
  // Only `append` is counted; everything else (and whatever the contract adds later) passes through.
  const store = new Proxy(inner, {
    get: (target, key, receiver) =>
      key === 'append' ? append : Reflect.get(target, key, receiver),
  });
  return {
    store,
    read: (): StoreCounters => ({ ...counters }),
    reset: () => {
      counters = { appends: 0, commands: 0, appendMs: 0 };
    },
  };
};
