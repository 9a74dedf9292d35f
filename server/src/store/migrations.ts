/**
 * Versioned schema migrations: `migrations/<dialect>/<version>_<name>.sql`, read at start-up from
 * beside this module (no build step), applied in version order and recorded in `schema_migrations`.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const Dialect = { Sqlite: 'sqlite', Postgres: 'postgres' } as const;
export type Dialect = (typeof Dialect)[keyof typeof Dialect];

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const migrationFile = /^(\d+)_([\w-]+)\.sql$/;

export function loadMigrations(dialect: Dialect): Migration[] {
  const dir = new URL(`./migrations/${dialect}/`, import.meta.url);
  const migrations = readdirSync(dir).flatMap((file) => {
    const match = migrationFile.exec(file);
    if (!match) return [];
    const [, version = '', name = ''] = match;
    return [{ version: Number(version), name, sql: readFileSync(new URL(file, dir), 'utf8') }];
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migrations[index - 1]?.version === migration.version) {
      throw new Error(`two ${dialect} migrations share version ${migration.version}`);
    }
  });
  return migrations;
}

/** The migrations still to apply, given the versions already recorded in the database. */
export function pendingMigrations(all: Migration[], applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  const known = new Set(all.map((migration) => migration.version));
  const unknown = [...done].filter((version) => !known.has(version));
  if (unknown.length > 0) {
    // A database migrated by a newer Percolate: running older code on it could corrupt it.
    throw new Error(
      `the database has schema migrations this version does not know (${unknown.join(', ')}); upgrade Percolate`,
    );
  }
  return all.filter((migration) => !done.has(migration.version));
}
