/**
 * A suite against each store: SQLite always, PostgreSQL (in a throwaway schema) when it is
 * reachable; skipped with the reason otherwise, and failing in CI (see services.ts).
 */
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../server/src/store/index.js';
import { dropSchema, throwawaySchema } from './pgSchema.js';
import { describeWithService, POSTGRES, requireService } from './services.js';
import type { TestServerOptions } from './testServer.js';

/** Describes the suite for one store, its servers started with `storeOptions()`. */
export type StoreSuite = (name: string, storeOptions: () => Partial<TestServerOptions>) => void;

export const describeOnEachStore = async (suite: StoreSuite): Promise<void> => {
  suite('SQLite', () => ({}));
  const postgres = await requireService(POSTGRES);
  describeWithService(postgres, 'PostgreSQL', (connectionString) => {
    const schema = throwawaySchema();
    suite('PostgreSQL', () => ({
      openStore: () => openPostgresStore({ connectionString, schema }),
    }));
    afterAll(() => dropSchema(connectionString, schema));
  });
};
