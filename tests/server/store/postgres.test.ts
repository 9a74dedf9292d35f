import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/logger.js';
import { type EventStore, openPostgresStore, type Store } from '../../../server/src/store/index.js';
import { Dialect } from '../../../server/src/store/migrations.js';
import { quoteSchema } from '../../../server/src/store/pgMigrate.js';
import { toEventValues } from '../../../server/src/store/rows.js';
import { dropSchema, throwawaySchema } from '../../helpers/pgSchema.js';
import { describeWithService, POSTGRES, requireService } from '../../helpers/services.js';
import { ENDED_AT, releasedDatabase } from './beforeUpgrade.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { describeCommunityStoreContract } from './communityContract.js';
import { describeEventStoreContract } from './contract.js';
import { describeDeliveryStoreContract } from './deliveryContract.js';
import { describeMeetingEndContract } from './endedContract.js';
import { describeEventStreamContract } from './streamContract.js';
import { describeAppendInTurnContract } from './turnContract.js';

const postgres = await requireService(POSTGRES);

describeWithService(postgres, 'PostgreSQL store', (connectionString) => {
  /** A throwaway schema on the test database. */
  const pgBackend = async () => {
    const schema = throwawaySchema();
    return {
      open: () => openPostgresStore({ connectionString, schema }),
      destroy: () => dropSchema(connectionString, schema),
    };
  };

  describeEventStoreContract('PostgreSQL store', pgBackend);

  describeEventStreamContract('PostgreSQL store', pgBackend, { reopens: true });

  describeAppendInTurnContract('PostgreSQL store', pgBackend);

  describeMeetingEndContract('PostgreSQL store', pgBackend);

  describeCommunityStoreContract('PostgreSQL store', pgBackend);

  describeDeliveryStoreContract('PostgreSQL store', pgBackend);

  let schema: string;
  let stores: EventStore[];
  beforeEach(() => {
    schema = throwawaySchema();
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dropSchema(connectionString, schema);
  });

  it('migrates once when several nodes start at the same moment', async () => {
    stores = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresStore({ connectionString, schema })),
    );

    const client = new pg.Client({ connectionString });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM "${schema}".schema_migrations`);
    await client.end();
    expect(rows).toEqual([1, 2, 3, 4, 5].map((version) => ({ version })));
    await stores[0]?.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
    expect(await stores[3]?.loadEvents('m1')).toEqual([meetingCreated('m1')]);
  });

  it('learns when meetings ended before the upgrade to migration 003, for RETENTION_DAYS', async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query(`CREATE SCHEMA ${quoteSchema(schema)}`);
    await client.query(`SET search_path TO ${quoteSchema(schema)}`);
    for (const sql of releasedDatabase(Dialect.Postgres)) await client.query(sql);
    await client.end();

    const store = await openPostgresStore({ connectionString, schema });
    stores.push(store);
    const endedBefore = await store.listMeetingsEndedBefore(ENDED_AT + 1);
    expect(endedBefore.map((record) => [record.id, record.endedAt])).toEqual([['m1', ENDED_AT]]);
    expect((await store.findMeeting('m2'))?.endedAt).toBeNull();
  });

  describe('two nodes appending to one meeting', () => {
    let lines: string[];
    let mine: Store;
    let theirs: Store;
    /** What this node's appends were handed of the other's events (their seqs). */
    let handed: number[][];
    beforeEach(async () => {
      lines = [];
      const logger = createLogger('debug', (line) => lines.push(line));
      mine = await openPostgresStore({ connectionString, schema, logger });
      theirs = await openPostgresStore({ connectionString, schema });
      stores.push(mine, theirs);
      await theirs.createMeeting(meetingRecord('m1'), [meetingCreated('m1')]);
      handed = [];
    });
    const appendMine = async (commandId: string, expectedSeq: number) => {
      let seq = expectedSeq;
      if (!mine.appendInTurn) throw new Error('PostgreSQL appends in turn itself');
      await mine.appendInTurn('m1', seq, [proposeTopics(commandId, seq)], (newer) => {
        handed.push(newer.map((event) => event.seq));
        seq = newer.at(-1)?.seq ?? seq;
        return [proposeTopics(commandId, seq)];
      });
    };
    const racesLost = () => lines.filter((line) => line.includes('append lost a race')).length;
    const commandIds = async () => (await mine.loadEvents('m1')).map((event) => event.commandId);

    it('after losing one race to the other node, waits for its turn instead of losing again', async () => {
      await theirs.append('m1', 1, [proposeTopics('theirs-1', 1)]);
      await appendMine('mine-1', 1);
      expect(racesLost()).toBe(1);

      await theirs.append('m1', 3, [proposeTopics('theirs-2', 3)]);
      await appendMine('mine-2', 3);

      expect(racesLost()).toBe(1);
      expect(handed).toEqual([[2], [4]]);
      expect(await commandIds()).toEqual(['create-m1', 'theirs-1', 'mine-1', 'theirs-2', 'mine-2']);
    });

    it('waits while the other node holds the meeting, then goes next after all it committed', async () => {
      await theirs.append('m1', 1, [proposeTopics('theirs-1', 1)]);
      await appendMine('mine-1', 1);
      // The other node, in the middle of an append of its own: it holds the meeting's row.
      const holder = new pg.Client({ connectionString });
      await holder.connect();
      const table = (name: string) => `${quoteSchema(schema)}.${name}`;
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM ${table('meetings')} WHERE id = 'm1' FOR UPDATE`);
      let settled = false;
      const waiting = appendMine('mine-2', 3).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stillWaiting = !settled;
      const [event] = proposeTopics('theirs-2', 3).events;
      if (!event) throw new Error('no event');
      const row = toEventValues(event);
      await holder.query(
        `INSERT INTO ${table('events')} (meeting_id, seq, at, type, command_id, body)
         VALUES ('m1', $1, $2, $3, $4, $5)`,
        [row.seq, row.at, row.type, row.commandId, row.body],
      );
      await holder.query(`UPDATE ${table('meetings')} SET last_seq = 4 WHERE id = 'm1'`);
      await holder.query('COMMIT');
      await holder.end();
      await waiting;

      expect(stillWaiting).toBe(true);
      expect(racesLost()).toBe(1);
      expect(handed).toEqual([[2], [4]]);
      expect(await commandIds()).toEqual(['create-m1', 'theirs-1', 'mine-1', 'theirs-2', 'mine-2']);
    });
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresStore({ connectionString, schema: 'x"; DROP TABLE events; --' }),
    ).rejects.toThrow(/invalid PostgreSQL schema name/);
  });
});
