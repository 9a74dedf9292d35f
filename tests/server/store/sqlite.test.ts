import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, openStoreFromEnv, type Store } from '../../../server/src/store/index.js';
import { Dialect } from '../../../server/src/store/migrations.js';
import { ENDED_AT, releasedDatabase } from './beforeUpgrade.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { describeCommunityStoreContract } from './communityContract.js';
import { describeEventStoreContract } from './contract.js';
import { describeDeliveryStoreContract } from './deliveryContract.js';
import { describeMeetingEndContract } from './endedContract.js';
import { describeEventStreamContract } from './streamContract.js';
import { describeAppendInTurnContract } from './turnContract.js';

/** A fresh database file in a temporary directory. */
const sqliteBackend = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-store-'));
  const file = join(dir, 'percolate.db');
  return {
    open: async () => openSqliteStore({ file }),
    destroy: () => rm(dir, { recursive: true, force: true }),
  };
};

describeEventStoreContract('SQLite store', sqliteBackend);

describeEventStreamContract('SQLite store', sqliteBackend, { reopens: true });

describeEventStreamContract(
  'SQLite store in memory',
  async () => {
    // One in-memory database per backend: every `open` is the same store, as a restart loses it.
    let store: Store | undefined;
    return {
      open: async () => {
        store ??= openSqliteStore({ file: ':memory:' });
        return store;
      },
      destroy: async () => {},
    };
  },
  { reopens: false },
);

describeAppendInTurnContract('SQLite store', sqliteBackend);

describeMeetingEndContract('SQLite store', sqliteBackend);

describeCommunityStoreContract('SQLite store', sqliteBackend);

describeDeliveryStoreContract('SQLite store', sqliteBackend);

describe('SQLite store file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'percolate-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates missing parent directories and uses write-ahead logging', async () => {
    const file = join(dir, 'data', 'nested', 'percolate.db');
    const store = openSqliteStore({ file });
    await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
    await store.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('records each migration once, however often the file is opened', async () => {
    const file = join(dir, 'percolate.db');
    for (let i = 0; i < 3; i += 1) await openSqliteStore({ file }).close();

    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations').pluck().all();
    db.close();
    expect(versions).toEqual([1, 2, 3, 4]);
  });

  it('learns when meetings ended before the upgrade to migration 003, for RETENTION_DAYS', async () => {
    const file = join(dir, 'percolate.db');
    const db = new Database(file);
    for (const sql of releasedDatabase(Dialect.Sqlite)) db.exec(sql);
    db.close();

    const store = openSqliteStore({ file });
    const endedBefore = await store.listMeetingsEndedBefore(ENDED_AT + 1);
    expect(endedBefore.map((record) => [record.id, record.endedAt])).toEqual([['m1', ENDED_AT]]);
    expect((await store.findMeeting('m2'))?.endedAt).toBeNull();
    await store.close();
  });

  it('overwrites what a deleted meeting said in the file (secure_delete)', async () => {
    const file = join(dir, 'percolate.db');
    const secret = 'Reorganisation of team Zebrafinch';
    const store = openSqliteStore({ file });
    await store.createMeeting(meetingRecord('m1', { title: secret }), [meetingCreated('m1')]);
    await store.append('m1', 1, [proposeTopics('c1', 1, [secret])]);
    await store.deleteMeeting('m1');
    await store.close();

    expect((await readFile(file)).includes(secret)).toBe(false);
  });

  it('works in memory for tests', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
    expect(await store.loadEvents('m1')).toEqual([meetingCreated('m1')]);
    await store.close();
  });

  it('refuses a file migrated by a newer Percolate instead of guessing', async () => {
    const file = join(dir, 'percolate.db');
    await openSqliteStore({ file }).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)').run();
    db.close();

    expect(() => openSqliteStore({ file })).toThrow(/upgrade Percolate/);
  });

  it('is the store chosen when DATABASE_URL is not set, at DATA_DIR/percolate.db', async () => {
    const store = await openStoreFromEnv({ DATA_DIR: join(dir, 'data') });
    await store.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
    await store.close();

    const reopened = openSqliteStore({ file: join(dir, 'data', 'percolate.db') });
    expect(await reopened.findMeeting('m1')).toEqual(meetingRecord('m1'));
    await reopened.close();
  });
});
