/** Throwaway PostgreSQL schemas, so test files running in parallel never meet. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const throwawaySchema = (prefix = 'percolate_test'): string =>
  `${prefix}_${randomBytes(6).toString('hex')}`;

export const dropSchema = async (connectionString: string, schema: string): Promise<void> => {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
};
