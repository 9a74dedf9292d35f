/**
 * A database as the last release left it (migrations 001–002): meeting m1 ended at ENDED_AT, m2
 * still running. Opening a store on it runs migration 003.
 */
import { type Dialect, loadMigrations } from '../../../server/src/store/migrations.js';
import { toEventValues } from '../../../server/src/store/rows.js';
import { endMeeting, meetingCreated, meetingRecord } from './builders.js';

export const ENDED_AT = 1_760_000_000_000 + 24 * 60 * 60 * 1000;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The SQL statements, in order, for the dialect (run in the schema the store will open). */
export const releasedDatabase = (dialect: Dialect): string[] => {
  const released = loadMigrations(dialect).filter((migration) => migration.version <= 2);
  const meeting = (id: string, lastSeq: number) => {
    const { joinCode, facilitatorKeyHash, title, createdAt } = meetingRecord(id);
    return `INSERT INTO meetings (id, join_code, facilitator_key_hash, title, created_at, last_seq)
      VALUES (${[id, joinCode, facilitatorKeyHash, title].map(quote).join(', ')}, ${createdAt}, ${lastSeq})`;
  };
  const events = [
    { meetingId: 'm1', event: meetingCreated('m1') },
    ...endMeeting('end', 1, ENDED_AT).events.map((event) => ({ meetingId: 'm1', event })),
    { meetingId: 'm2', event: meetingCreated('m2') },
  ].map(({ meetingId, event }) => {
    const { seq, at, type, commandId, body } = toEventValues(event);
    return `INSERT INTO events (meeting_id, seq, at, type, command_id, body)
      VALUES (${quote(meetingId)}, ${seq}, ${at}, ${[type, commandId, body].map(quote).join(', ')})`;
  });
  return [
    // The column differs by dialect in the real table; a default lets both runners insert.
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT DEFAULT 0)',
    ...released.map((migration) => migration.sql),
    ...released.map(
      (migration) => `INSERT INTO schema_migrations (version) VALUES (${migration.version})`,
    ),
    meeting('m1', 2),
    meeting('m2', 1),
    ...events,
  ];
};
