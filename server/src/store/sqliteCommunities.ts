/** The SQLite side of the community contract, on the embedded store's open database. */
import type { CommunityEvent } from '@percolate/shared';
import type Database from 'better-sqlite3';
import {
  type CommunityEventRow,
  type CommunityRow,
  communityColumns,
  communityRecordValues,
  toCommunityEvent,
  toCommunityEventValues,
  toCommunityRecord,
} from './communityRows.js';
import { lastSeqAfter } from './rows.js';
import {
  CommunityNotFoundError,
  type CommunityRecord,
  type CommunityStore,
  InviteCodeTakenError,
  SequenceConflictError,
} from './types.js';

export function sqliteCommunities(
  db: Database.Database,
  isUniqueViolation: (error: unknown) => boolean,
): CommunityStore {
  const sql = {
    insert: db.prepare(
      `INSERT INTO communities (${communityColumns}, last_seq) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare<[string], CommunityRow>(
      `SELECT ${communityColumns} FROM communities WHERE id = ?`,
    ),
    byInviteCode: db.prepare<[string], CommunityRow>(
      `SELECT ${communityColumns} FROM communities WHERE invite_code = ?`,
    ),
    lastSeq: db.prepare<[string], number>('SELECT last_seq FROM communities WHERE id = ?').pluck(),
    setLastSeq: db.prepare('UPDATE communities SET last_seq = ? WHERE id = ?'),
    insertEvent: db.prepare(
      'INSERT INTO community_events (community_id, seq, at, type, body) VALUES (?, ?, ?, ?, ?)',
    ),
    eventsAfter: db.prepare<[string, number], CommunityEventRow>(
      'SELECT seq, at, body FROM community_events WHERE community_id = ? AND seq > ? ORDER BY seq',
    ),
  };

  const insertEvents = (communityId: string, events: readonly CommunityEvent[]) => {
    for (const event of events) {
      const row = toCommunityEventValues(event);
      sql.insertEvent.run(communityId, row.seq, row.at, row.type, row.body);
    }
  };

  const create = db.transaction((record: CommunityRecord, firstEvents: CommunityEvent[]) => {
    const lastSeq = lastSeqAfter(0, firstEvents);
    try {
      sql.insert.run(...communityRecordValues(record), lastSeq);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new InviteCodeTakenError(record.inviteCode);
      }
      throw error;
    }
    insertEvents(record.id, firstEvents);
  });

  const append = db.transaction(
    (communityId: string, expectedSeq: number, events: CommunityEvent[]) => {
      const current = sql.lastSeq.get(communityId);
      if (current === undefined) throw new CommunityNotFoundError(communityId);
      if (current !== expectedSeq) throw new SequenceConflictError(communityId, expectedSeq);
      const lastSeq = lastSeqAfter(expectedSeq, events);
      insertEvents(communityId, events);
      sql.setLastSeq.run(lastSeq, communityId);
    },
  );

  return {
    async createCommunity(record, firstEvents) {
      create.immediate(record, firstEvents);
    },
    async findCommunity(id) {
      const row = sql.byId.get(id);
      return row ? toCommunityRecord(row) : null;
    },
    async findCommunityByInviteCode(inviteCode) {
      const row = sql.byInviteCode.get(inviteCode);
      return row ? toCommunityRecord(row) : null;
    },
    async loadCommunityEvents(communityId, afterSeq = 0) {
      return sql.eventsAfter.all(communityId, afterSeq).map(toCommunityEvent);
    },
    async appendCommunityEvents(communityId, expectedSeq, events) {
      append.immediate(communityId, expectedSeq, events);
    },
  };
}
