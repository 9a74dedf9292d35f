/** The SQLite side of the community contract, on the embedded store's open database. */
import type { CommunityEvent, MeetingEvent } from '@percolate/shared';
import type Database from 'better-sqlite3';
import {
  type CommunityRow,
  communityColumns,
  communityRecordValues,
  toCommunityRecord,
} from './communityRows.js';
import { lastSeqAfter } from './rows.js';
import type { SqliteStream } from './sqliteStream.js';
import { communityStreamMethods } from './streamFacades.js';
import {
  type CommunityRecord,
  type CommunityStore,
  InviteCodeTakenError,
  type MeetingRecord,
  type NewCommunity,
  type NewMeeting,
} from './types.js';

export interface SqliteCommunityDeps {
  isUniqueViolation: (error: unknown) => boolean;
  /** The meetings' own insert (row and first events), a transaction that nests in ours. */
  createMeeting: (record: MeetingRecord, firstEvents: MeetingEvent[]) => void;
}

export function sqliteCommunities(
  db: Database.Database,
  stream: SqliteStream<CommunityEvent>,
  { isUniqueViolation, createMeeting }: SqliteCommunityDeps,
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
    // The foreign keys cascade to events and commands; the meetings are named to say so here.
    deleteMeetings: db.prepare('DELETE FROM meetings WHERE community_id = ?'),
    deleteCommunity: db.prepare('DELETE FROM communities WHERE id = ?'),
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
    stream.insertFirst(record.id, firstEvents);
  });

  const importCommunity = db.transaction((community: NewCommunity, meetings: NewMeeting[]) => {
    create(community.record, community.events);
    for (const meeting of meetings) createMeeting(meeting.record, meeting.events);
  });

  const deleteCommunity = db.transaction((id: string) => {
    sql.deleteMeetings.run(id);
    sql.deleteCommunity.run(id);
  });

  return {
    async createCommunity(record, firstEvents) {
      create.immediate(record, firstEvents);
    },
    async importCommunity(community, meetings) {
      importCommunity.immediate(community, meetings);
    },
    async findCommunity(id) {
      const row = sql.byId.get(id);
      return row ? toCommunityRecord(row) : null;
    },
    async findCommunityByInviteCode(inviteCode) {
      const row = sql.byInviteCode.get(inviteCode);
      return row ? toCommunityRecord(row) : null;
    },
    ...communityStreamMethods(stream),
    async deleteCommunity(id) {
      deleteCommunity.immediate(id);
    },
  };
}
