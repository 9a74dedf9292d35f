/**
 * Wraps a store to count what group commit achieves: how many store transactions there were, how
 * many commands they carried, and how long the event loop stood still in them. PostgreSQL makes
 * one transaction per append, and only the sending of the query blocks. The SQLite store groups
 * the appends of one turn into one transaction and reports each one (`transactionCommitted`).
 */
import type { EventStore } from '../../server/src/store/types.js';
import type { StoreCounters } from './messages.js';

export const countingStore = (inner: EventStore, { groupedByStore = false } = {}) => {
  let counters: StoreCounters = { appends: 0, commands: 0, blockedMs: 0 };
  const append: EventStore['append'] = (meetingId, expectedSeq, batch) => {
    const startedAt = performance.now();
    try {
      return inner.append(meetingId, expectedSeq, batch);
    } finally {
      counters.commands += batch.length;
      if (!groupedByStore) {
        counters.appends += 1;
        counters.blockedMs += performance.now() - startedAt;
      }
    }
  };
  // Only `append` is counted; everything else (and whatever the contract adds later) passes through.
  const store = new Proxy(inner, {
    get: (target, key, receiver) =>
      key === 'append' ? append : Reflect.get(target, key, receiver),
  });
  return {
    store,
    transactionCommitted: (elapsedMs: number) => {
      counters.appends += 1;
      counters.blockedMs += elapsedMs;
    },
    read: (): StoreCounters => ({ ...counters }),
    reset: () => {
      counters = { appends: 0, commands: 0, blockedMs: 0 };
    },
  };
};
