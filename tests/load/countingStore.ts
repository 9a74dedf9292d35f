/**
 * Wraps a store to count what group commit achieves: how many store transactions there were, how
 * many commands they carried, and how long they took. PostgreSQL makes one transaction per append;
 * what is counted is the synchronous part of `append` (sending the query), the only part that
 * holds the event loop. The SQLite store commits on its writer thread whatever arrived meanwhile,
 * in one transaction, and reports each one (`transactionCommitted`) with its duration there.
 */
import type { CommittedCommand, EventStore } from '../../server/src/store/types.js';
import type { StoreCounters } from './messages.js';

export const countingStore = (inner: EventStore, { groupedByStore = false } = {}) => {
  let counters: StoreCounters = { appends: 0, commands: 0, transactionMs: 0 };
  const counted =
    <Args extends unknown[]>(
      write: (
        meetingId: string,
        expectedSeq: number,
        batch: CommittedCommand[],
        ...rest: Args
      ) => Promise<void>,
    ) =>
    (meetingId: string, expectedSeq: number, batch: CommittedCommand[], ...rest: Args) => {
      const startedAt = performance.now();
      try {
        return write(meetingId, expectedSeq, batch, ...rest);
      } finally {
        counters.commands += batch.length;
        if (!groupedByStore) {
          counters.appends += 1;
          counters.transactionMs += performance.now() - startedAt;
        }
      }
    };
  const appends: Partial<EventStore> = {
    append: counted(inner.append.bind(inner)),
    ...(inner.appendInTurn ? { appendInTurn: counted(inner.appendInTurn.bind(inner)) } : {}),
  };
  // Only appends are counted; everything else (and whatever the contract adds later) passes through.
  const store = new Proxy(inner, {
    get: (target, key, receiver) =>
      Object.hasOwn(appends, key)
        ? appends[key as keyof EventStore]
        : Reflect.get(target, key, receiver),
  });
  return {
    store,
    transactionCommitted: (elapsedMs: number) => {
      counters.appends += 1;
      counters.transactionMs += elapsedMs;
    },
    read: (): StoreCounters => ({ ...counters }),
    reset: () => {
      counters = { appends: 0, commands: 0, transactionMs: 0 };
    },
  };
};
