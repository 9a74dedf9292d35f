/**
 * Appends made while the SQLite writer thread is busy (#20): however they are handed over, each is
 * committed and answered in order per meeting, on close too, and a writer thread that dies fails
 * those still waiting and every later one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { openSqliteStore, type Store } from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('SQLite store: appends made while the writer thread is busy', () => {
  let dir: string;
  let file: string;
  let store: Store;
  /** Watched only to find the writer thread (what appends are posted to), to end it. */
  let posted: MockInstance<Worker['postMessage']>;
  let releaseLock: (() => void) | null;

  /**
   * Another connection's write lock keeps the writer thread waiting in the transaction it begins
   * next (for up to its busy timeout), so that what is appended meanwhile finds it busy.
   */
  const holdWriteLock = () => {
    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    releaseLock = () => {
      releaseLock = null;
      lock.exec('COMMIT');
      lock.close();
    };
  };
  const release = () => releaseLock?.();
  const commandIdsOf = async (meetingId: string) =>
    (await store.loadEvents(meetingId)).map((event) => event.commandId);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'percolate-handover-'));
    file = join(dir, 'percolate.db');
    releaseLock = null;
    posted = vi.spyOn(Worker.prototype, 'postMessage');
    store = openSqliteStore({ file });
    for (const id of ['m1', 'm2']) {
      await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
    }
  });

  afterEach(async () => {
    release();
    posted.mockRestore();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Appends `turns` commands to each of m1 and m2, one of each per turn of the event loop. */
  const appendInTurns = async (turns: number) => {
    const answered: string[] = [];
    const appended: Promise<void>[] = [];
    for (let turn = 0; turn < turns; turn++) {
      for (const meetingId of ['m1', 'm2']) {
        const commandId = `${meetingId}-${turn}`;
        appended.push(
          store
            .append(meetingId, 1 + turn, [proposeTopics(commandId, 1 + turn, ['Topic'])])
            .then(() => {
              answered.push(commandId);
            }),
        );
      }
      await nextTurn();
    }
    return { answered, appended };
  };

  it('commits and answers, in order, every append made while a group is being committed', async () => {
    holdWriteLock();
    const { answered, appended } = await appendInTurns(10);
    release();
    await Promise.all(appended);

    const inTurns = (meetingId: string) =>
      Array.from({ length: 10 }, (_, turn) => `${meetingId}-${turn}`);
    expect(answered.filter((id) => id.startsWith('m1'))).toEqual(inTurns('m1'));
    expect(answered.filter((id) => id.startsWith('m2'))).toEqual(inTurns('m2'));
    expect(await commandIdsOf('m1')).toEqual(['create-m1', ...inTurns('m1')]);
    expect(await commandIdsOf('m2')).toEqual(['create-m2', ...inTurns('m2')]);
  });

  it('commits what waits for the writer when the store closes', async () => {
    holdWriteLock();
    const { appended } = await appendInTurns(2);
    const closed = store.close();
    release();
    await closed;

    store = openSqliteStore({ file });
    expect(await commandIdsOf('m1')).toEqual(['create-m1', 'm1-0', 'm1-1']);
    await Promise.all(appended);
  });

  it('fails what waits for the writer, and every later append, when its thread dies', async () => {
    holdWriteLock();
    const { appended } = await appendInTurns(2);
    const writerThread = posted.mock.contexts[0] as Worker;
    void writerThread.terminate();
    release();

    // The first turn's appends may be committed before the thread ends; the second turn's wait.
    const [, , ...waited] = await Promise.allSettled(appended);
    expect(waited.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await expect(store.append('m2', 3, [proposeTopics('later', 3)])).rejects.toThrow(
      /writer thread exited/,
    );
  });
});
