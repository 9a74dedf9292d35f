/** The SQLite side of the community contract, on the embedded store's open database. */
import type { CommandAck, CommunityEvent, MeetingEvent } from '@percolate/shared';
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
  type CommunityCommandRecord,
  CommunityNotFoundError,
  type CommunityRecord,
  type CommunityStore,
  DuplicateCommunityCommandError,
  InviteCodeTakenError,
  type MeetingRecord,
  type NewCommunity,
  type NewMeeting,
  SequenceConflictError,
} from './types.js';

export interface SqliteCommunityDeps {
  isUniqueViolation: (error: unknown) => boolean;
  isConstraintViolation: (error: unknown) => boolean;
  /** The meetings' own insert (row and first events), a transaction that nests in ours. */
  createMeeting: (record: MeetingRecord, firstEvents: MeetingEvent[]) => void;
}

export function sqliteCommunities(
  db: Database.Database,
  { isUniqueViolation, isConstraintViolation, createMeeting }: SqliteCommunityDeps,
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
    insertCommand: db.prepare(
      'INSERT INTO community_commands (community_id, command_id, ack) VALUES (?, ?, ?)',
    ),
    ack: db
      .prepare<[string, string], string>(
        'SELECT ack FROM community_commands WHERE community_id = ? AND command_id = ?',
      )
      .pluck(),
    // The foreign keys cascade to events and commands; the meetings are named to say so here.
    deleteMeetings: db.prepare('DELETE FROM meetings WHERE community_id = ?'),
    deleteCommunity: db.prepare('DELETE FROM communities WHERE id = ?'),
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

  const insertCommand = (communityId: string, command: CommunityCommandRecord) => {
    try {
      sql.insertCommand.run(communityId, command.commandId, JSON.stringify(command.ack));
    } catch (error) {
      if (isConstraintViolation(error)) {
        throw new DuplicateCommunityCommandError(communityId, command.commandId);
      }
      throw error;
    }
  };

  const append = db.transaction(
    (
      communityId: string,
      expectedSeq: number,
      events: CommunityEvent[],
      command: CommunityCommandRecord | undefined,
    ) => {
      const current = sql.lastSeq.get(communityId);
      if (current === undefined) throw new CommunityNotFoundError(communityId);
      if (current !== expectedSeq) throw new SequenceConflictError(communityId, expectedSeq);
      const lastSeq = lastSeqAfter(expectedSeq, events);
      insertEvents(communityId, events);
      if (command) insertCommand(communityId, command);
      sql.setLastSeq.run(lastSeq, communityId);
    },
  );

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
    async loadCommunityEvents(communityId, afterSeq = 0) {
      return sql.eventsAfter.all(communityId, afterSeq).map(toCommunityEvent);
    },
    async appendCommunityEvents(communityId, expectedSeq, events, command) {
      append.immediate(communityId, expectedSeq, events, command);
    },
    async findCommunityCommandAck(communityId, commandId) {
      const ack = sql.ack.get(communityId, commandId);
      return ack === undefined ? null : (JSON.parse(ack) as CommandAck);
    },
    async deleteCommunity(id) {
      deleteCommunity.immediate(id);
    },
  };
}
