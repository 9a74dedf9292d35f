/**
 * Wraps a store to count what group commit achieves: how many store transactions there were, how
 * many commands they carried, and how long they took. Both stores commit whatever appends arrived
 * meanwhile in one transaction and report each one (`transactionCommitted`) with its duration: the
 * SQLite store on its writer thread, PostgreSQL from sending the group to its COMMIT's answer (a
 * contended append, in a transaction of its own, counts as one). Here the appends' commands are
 * counted.
 */
import type { CommittedCommand, EventStore } from '../../server/src/store/types.js';
import type { StoreCounters } from './messages.js';

export const countingStore = (inner: EventStore) => {
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
      counters.commands += batch.length;
      return write(meetingId, expectedSeq, batch, ...rest);
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
