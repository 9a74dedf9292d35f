import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export * from './deliveryTypes.js';
export { openPostgresStore, type PostgresStoreOptions } from './postgres.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite.js';
export * from './types.js';

export interface StoreEnv {
  /** PostgreSQL connection string; when set, PostgreSQL is the store. */
  DATABASE_URL?: string;
  /** PostgreSQL schema holding the tables (default `public`); created when missing. */
  DATABASE_SCHEMA?: string;
  /** Directory of the embedded SQLite file `percolate.db` (default `./data`). */
  DATA_DIR?: string;
}

export const SQLITE_FILE_NAME = 'percolate.db';

export async function openStoreFromEnv(env: StoreEnv, logger?: Logger): Promise<Store> {
  if (env.DATABASE_URL) {
    return openPostgresStore({
      connectionString: env.DATABASE_URL,
      ...(logger ? { logger } : {}),
      ...(env.DATABASE_SCHEMA ? { schema: env.DATABASE_SCHEMA } : {}),
    });
  }
  return openSqliteStore({ file: join(env.DATA_DIR || './data', SQLITE_FILE_NAME) });
}
