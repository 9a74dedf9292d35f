import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../../server/src/store/index.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { describeGroupingContract } from './groupingContract.js';

describeGroupingContract('SQLite store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-grouping-'));
  const file = join(dir, 'percolate.db');
  return {
    open: async (onCommitted) =>
      openSqliteStore({ file, onAppendsCommitted: (appends) => onCommitted(appends) }),
    destroy: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('SQLite store: an append is answered after its commit', () => {
  let dir: string;
  let file: string;
  let store: Store;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'percolate-grouping-'));
    file = join(dir, 'percolate.db');
    store = openSqliteStore({ file });
    await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
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
});
