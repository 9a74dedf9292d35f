/**
 * Appending a meeting's batch after whatever other writers appended first, on any store: the
 * store's own `appendInTurn` when it has one (PostgreSQL waits for the meeting's lock and decides
 * again inside the transaction), else `append`, and after each race lost the winner's events are
 * loaded, the batch is decided again against them and appended after them. Only stores with one
 * writer per meeting lack their own (SQLite serves one node; tests run two meeting services on it).
 */
import {
  type CommittedCommand,
  type EventStore,
  type Redecide,
  SequenceConflictError,
} from './types.js';

/**
 * While another writer appends back to back, a batch that must first catch up tends to arrive just
 * after the other's next write began and loses again; a random pause, growing with each loss, lands
 * it in a gap between them. Forty rounds outlast any burst (at most about a second of pauses).
 */
const MAX_ROUNDS = 40;
const MAX_PAUSE_MS = 50;

const pause = (losses: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.random() * Math.min(2 ** losses, MAX_PAUSE_MS)),
  );

export const appendInTurn = async (
  store: EventStore,
  meetingId: string,
  expectedSeq: number,
  batch: CommittedCommand[],
  redecide: Redecide,
): Promise<void> => {
  if (store.appendInTurn) {
    await store.appendInTurn(meetingId, expectedSeq, batch, redecide);
    return;
  }
  let seq = expectedSeq;
  let decided = batch;
  for (let losses = 1; decided.length > 0; losses += 1) {
    try {
      await store.append(meetingId, seq, decided);
      return;
    } catch (error) {
      if (!(error instanceof SequenceConflictError) || losses >= MAX_ROUNDS) throw error;
    }
    await pause(losses);
    const newer = await store.loadEvents(meetingId, seq);
    seq = newer.at(-1)?.seq ?? seq;
    decided = redecide(newer);
  }
};
