/**
 * Wraps a store to count what the server's group commit achieves: how many appends (store
 * transactions) it made, how many commands they carried, and how long the event loop stood still
 * in them: the synchronous part of each call, which for better-sqlite3 is the whole transaction
 * with its fsync, and for PostgreSQL only the sending of the query.
 */
import type { EventStore } from '../../server/src/store/types.js';
import type { StoreCounters } from './messages.js';

export const countingStore = (inner: EventStore) => {
  let counters: StoreCounters = { appends: 0, commands: 0, blockedMs: 0 };
  const append: EventStore['append'] = (meetingId, expectedSeq, batch) => {
    const startedAt = performance.now();
    try {
      return inner.append(meetingId, expectedSeq, batch);
    } finally {
      counters.appends += 1;
      counters.commands += batch.length;
      counters.blockedMs += performance.now() - startedAt;
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
      counters = { appends: 0, commands: 0, blockedMs: 0 };
    },
  };
};
