import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type EventStore, openPostgresStore } from '../../../server/src/store/index.js';
import { Dialect } from '../../../server/src/store/migrations.js';
import { quoteSchema } from '../../../server/src/store/pgMigrate.js';
import { dropSchema, throwawaySchema } from '../../helpers/pgSchema.js';
import { describeWithService, POSTGRES, requireService } from '../../helpers/services.js';
import { ENDED_AT, releasedDatabase } from './beforeUpgrade.js';
import { meetingCreated, meetingRecord } from './builders.js';
import { describeCommunityStoreContract } from './communityContract.js';
import { describeEventStoreContract } from './contract.js';
import { describeDeliveryStoreContract } from './deliveryContract.js';
import { describeMeetingEndContract } from './endedContract.js';

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
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
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

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresStore({ connectionString, schema: 'x"; DROP TABLE events; --' }),
    ).rejects.toThrow(/invalid PostgreSQL schema name/);
  });
});
