import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { describeGroupingContract } from './groupingContract.js';

/** Lets the microtasks queued so far run, without giving the event loop a turn. */
const microtasks = async (count: number) => {
  for (let i = 0; i < count; i += 1) await Promise.resolve();
};

describeGroupingContract('SQLite store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-grouping-'));
  const file = join(dir, 'percolate.db');
  return {
    open: async (onCommitted) =>
      openSqliteStore({ file, onAppendsCommitted: (appends) => onCommitted(appends) }),
    destroy: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('SQLite store: one group with the writer at a time', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let commits: number[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'percolate-grouping-'));
    file = join(dir, 'percolate.db');
    commits = [];
    store = openSqliteStore({ file, onAppendsCommitted: (appends) => commits.push(appends) });
    for (const id of ['m1', 'm2', 'm3']) {
      await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
    }
    commits = [];
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers an append only once it is committed', async () => {
    let answered = false;
    const appended = store.append('m1', 1, [proposeTopics('a', 1)]).then(() => {
      answered = true;
    });
    expect((await store.loadEvents('m1')).map((event) => event.seq)).toEqual([1]);
    expect(answered).toBe(false);

    await appended;
    expect((await store.loadEvents('m1')).map((event) => event.seq)).toEqual([1, 2]);
  });

  it('holds what is appended while a group is written, and writes it as the next group', async () => {
    const first = store.append('m1', 1, [proposeTopics('a', 1)]);
    // The first append went to the writer in a microtask; these come in later stretches of the
    // same tick, so the writer cannot have answered yet.
    await microtasks(3);
    const second = store.append('m2', 1, [proposeTopics('b', 1)]);
    await microtasks(3);
    const third = store.append('m3', 1, [proposeTopics('c', 1)]);
    await Promise.all([first, second, third]);

    expect(commits).toEqual([1, 2]);
    for (const id of ['m1', 'm2', 'm3']) {
      expect((await store.loadEvents(id)).map((event) => event.seq)).toEqual([1, 2]);
    }
  });

  it('commits what still waits when the store closes', async () => {
    const first = store.append('m1', 1, [proposeTopics('a', 1)]);
    await microtasks(3);
    const second = store.append('m2', 1, [proposeTopics('b', 1)]);
    await store.close();
    await Promise.all([first, second]);
    store = openSqliteStore({ file });
    expect((await store.loadEvents('m2')).map((event) => event.seq)).toEqual([1, 2]);
  });
});
