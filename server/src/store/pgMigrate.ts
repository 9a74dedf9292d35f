/**
 * PostgreSQL migrations: run at open, all pending ones in one transaction under an advisory lock,
 * so nodes starting at the same moment apply each migration exactly once.
 */
import type pg from 'pg';
import { Dialect, loadMigrations, pendingMigrations } from './migrations.js';
import { inTransaction } from './pgTransaction.js';

const plainIdentifier = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The schema name, quoted for SQL; only plain identifiers are accepted, so nothing can be injected. */
export function quoteSchema(schema: string): string {
  if (!plainIdentifier.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  }
  return `"${schema}"`;
}

export async function migratePostgres(pool: pg.Pool, schema: string): Promise<void> {
  const quoted = quoteSchema(schema);
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `percolate:migrations:${schema}`,
    ]);
    // Checked first because CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege.
    const existing = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (existing.rowCount === 0) await client.query(`CREATE SCHEMA ${quoted}`);
    await client.query(`SET LOCAL search_path TO ${quoted}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const applied = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const pending = pendingMigrations(
      loadMigrations(Dialect.Postgres),
      applied.rows.map((row) => row.version),
    );
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [
        migration.version,
      ]);
    }
  });
}
