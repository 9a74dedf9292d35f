import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DuplicateCommandError,
  openSqliteStore,
  SequenceConflictError,
  type Store,
  StreamNotFoundError,
} from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';

describe('SQLite store: appends of one turn share one transaction', () => {
  let dir: string;
  let file: string;
  let store: Store;
  /** How many appends each committed transaction carried. */
  let commits: number[];

  const seqsOf = async (meetingId: string) =>
    (await store.loadEvents(meetingId)).map((event) => event.seq);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'percolate-grouping-'));
    file = join(dir, 'percolate.db');
    commits = [];
    store = openSqliteStore({ file, onAppendsCommitted: (appends) => commits.push(appends) });
    for (const id of ['m1', 'm2', 'm3']) {
      await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
    }
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('commits two meetings appended in the same tick in one transaction', async () => {
    await Promise.all([
      store.append('m1', 1, [proposeTopics('a', 1)]),
      store.append('m2', 1, [proposeTopics('b', 1)]),
    ]);

    expect(commits).toEqual([2]);
    expect(await seqsOf('m1')).toEqual([1, 2]);
    expect(await seqsOf('m2')).toEqual([1, 2]);
  });

  it('commits appends made in different ticks separately', async () => {
    await store.append('m1', 1, [proposeTopics('a', 1)]);
    await store.append('m2', 1, [proposeTopics('b', 1)]);

    expect(commits).toEqual([1, 1]);
  });

  it('rejects only the meeting whose log moved on; the others in the same tick are kept', async () => {
    await store.append('m1', 1, [proposeTopics('first', 1)]);
    commits = [];

    const [late, other] = await Promise.allSettled([
      store.append('m1', 1, [proposeTopics('late', 1)]),
      store.append('m2', 1, [proposeTopics('b', 1)]),
    ]);

    expect(late).toMatchObject({ status: 'rejected', reason: expect.any(SequenceConflictError) });
    expect(other.status).toBe('fulfilled');
    expect(commits).toEqual([2]);
    expect(await seqsOf('m1')).toEqual([1, 2]);
    expect(await store.findCommandAck('m1', 'late')).toBeNull();
    expect(await seqsOf('m2')).toEqual([1, 2]);
  });

  it('rolls back a refused part alone, even after it wrote some of its rows', async () => {
    // The duplicate is found on the second command, after the first one's rows were inserted.
    const results = await Promise.allSettled([
      store.append('m1', 1, [proposeTopics('a', 1)]),
      store.append('m2', 1, [proposeTopics('c1', 1), proposeTopics('c1', 2)]),
      store.append('ghost', 0, [proposeTopics('g', 0)]),
      store.append('m3', 1, [proposeTopics('c', 1)]),
    ]);

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(results[1]).toMatchObject({ reason: expect.any(DuplicateCommandError) });
    expect(results[2]).toMatchObject({ reason: expect.any(StreamNotFoundError) });
    expect(await seqsOf('m1')).toEqual([1, 2]);
    expect(await seqsOf('m2')).toEqual([1]);
    expect(await store.findCommandAck('m2', 'c1')).toBeNull();
    expect(await seqsOf('m3')).toEqual([1, 2]);
  });

  it('applies two appends to one meeting in the same tick in call order', async () => {
    const results = await Promise.allSettled([
      store.append('m1', 1, [proposeTopics('first', 1, ['One', 'Two'])]),
      store.append('m1', 3, [proposeTopics('second', 3)]),
    ]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(commits).toEqual([2]);
    expect((await store.loadEvents('m1')).map((event) => event.commandId)).toEqual([
      'create-m1',
      'first',
      'first',
      'second',
    ]);
  });

  it('refuses the second of two same-tick appends that both expect the old end of the log', async () => {
    const [first, second] = await Promise.allSettled([
      store.append('m1', 1, [proposeTopics('first', 1)]),
      store.append('m1', 1, [proposeTopics('second', 1)]),
    ]);

    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(SequenceConflictError) });
    expect(await seqsOf('m1')).toEqual([1, 2]);
  });

  it('answers an append only once it is committed, and commits what is queued on close', async () => {
    let answered = false;
    const appended = store.append('m1', 1, [proposeTopics('a', 1)]).then(() => {
      answered = true;
    });
    expect(await seqsOf('m1')).toEqual([1]);
    expect(answered).toBe(false);

    await store.close();
    await appended;
    expect(commits).toEqual([1]);

    store = openSqliteStore({ file });
    expect(await seqsOf('m1')).toEqual([1, 2]);
  });
});
