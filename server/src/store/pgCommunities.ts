/** The PostgreSQL side of the community contract; writers serialise on `communities.last_seq`. */
import type { CommandAck, CommunityEvent } from '@percolate/shared';
import type pg from 'pg';
import {
  type CommunityEventRow,
  type CommunityRow,
  communityColumns,
  communityRecordValues,
  toCommunityEvent,
  toCommunityEventValues,
  toCommunityRecord,
} from './communityRows.js';
import { inTransaction } from './pgTransaction.js';
import { lastSeqAfter } from './rows.js';
import {
  CommunityNotFoundError,
  type CommunityStore,
  DuplicateCommunityCommandError,
  InviteCodeTakenError,
  type NewCommunity,
  type NewMeeting,
  SequenceConflictError,
} from './types.js';

export interface PgCommunityDeps {
  isUniqueViolation: (error: unknown) => error is pg.DatabaseError;
  /** The meetings' own insert (row and first events), inside a transaction of ours. */
  insertMeeting: (client: pg.PoolClient, meeting: NewMeeting) => Promise<void>;
}

export function pgCommunities(
  pool: pg.Pool,
  quotedSchema: string,
  { isUniqueViolation, insertMeeting }: PgCommunityDeps,
): CommunityStore {
  const communities = `${quotedSchema}.communities`;
  const events = `${quotedSchema}.community_events`;
  const commands = `${quotedSchema}.community_commands`;
  const meetings = `${quotedSchema}.meetings`;

  const insertEvents = async (
    client: pg.PoolClient,
    communityId: string,
    list: CommunityEvent[],
  ) => {
    if (list.length === 0) return;
    const rows = list.map(toCommunityEventValues);
    await client.query(
      `INSERT INTO ${events} (community_id, seq, at, type, body)
       SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::json[])`,
      [
        communityId,
        rows.map((row) => row.seq),
        rows.map((row) => row.at),
        rows.map((row) => row.type),
        rows.map((row) => row.body),
      ],
    );
  };

  const insertCommunity = async (
    client: pg.PoolClient,
    { record, events: first }: NewCommunity,
  ) => {
    const lastSeq = lastSeqAfter(0, first);
    try {
      await client.query(
        `INSERT INTO ${communities} (${communityColumns}, last_seq) VALUES ($1, $2, $3, $4, $5, $6)`,
        [...communityRecordValues(record), lastSeq],
      );
    } catch (error) {
      if (isUniqueViolation(error) && error.constraint === 'communities_invite_code_key') {
        throw new InviteCodeTakenError(record.inviteCode);
      }
      throw error;
    }
    await insertEvents(client, record.id, first);
  };

  const findOne = async (where: string, value: string) => {
    const result = await pool.query<CommunityRow>(
      `SELECT ${communityColumns} FROM ${communities} WHERE ${where} = $1`,
      [value],
    );
    const row = result.rows[0];
    return row ? toCommunityRecord(row) : null;
  };

  return {
    async createCommunity(record, firstEvents) {
      await inTransaction(pool, (client) =>
        insertCommunity(client, { record, events: firstEvents }),
      );
    },
    async importCommunity(community, meetingsOfIt) {
      await inTransaction(pool, async (client) => {
        await insertCommunity(client, community);
        for (const meeting of meetingsOfIt) await insertMeeting(client, meeting);
      });
    },
    findCommunity: (id) => findOne('id', id),
    findCommunityByInviteCode: (inviteCode) => findOne('invite_code', inviteCode),
    async loadCommunityEvents(communityId, afterSeq = 0) {
      const result = await pool.query<CommunityEventRow>(
        `SELECT seq, at, body FROM ${events} WHERE community_id = $1 AND seq > $2 ORDER BY seq`,
        [communityId, afterSeq],
      );
      return result.rows.map(toCommunityEvent);
    },
    async appendCommunityEvents(communityId, expectedSeq, list, command) {
      const lastSeq = lastSeqAfter(expectedSeq, list);
      await inTransaction(pool, async (client) => {
        const claimed = await client.query(
          `UPDATE ${communities} SET last_seq = $3 WHERE id = $1 AND last_seq = $2`,
          [communityId, expectedSeq, lastSeq],
        );
        if (claimed.rowCount === 0) {
          const exists = await client.query(`SELECT 1 FROM ${communities} WHERE id = $1`, [
            communityId,
          ]);
          if (exists.rowCount === 0) throw new CommunityNotFoundError(communityId);
          throw new SequenceConflictError(communityId, expectedSeq);
        }
        await insertEvents(client, communityId, list);
        if (!command) return;
        const inserted = await client.query(
          `INSERT INTO ${commands} (community_id, command_id, ack) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [communityId, command.commandId, JSON.stringify(command.ack)],
        );
        if (inserted.rowCount === 0) {
          throw new DuplicateCommunityCommandError(communityId, command.commandId);
        }
      });
    },
    async findCommunityCommandAck(communityId, commandId) {
      const result = await pool.query<{ ack: CommandAck }>(
        `SELECT ack FROM ${commands} WHERE community_id = $1 AND command_id = $2`,
        [communityId, commandId],
      );
      return result.rows[0]?.ack ?? null;
    },
    async deleteCommunity(id) {
      await inTransaction(pool, async (client) => {
        // The foreign keys cascade to events and commands; the meetings are named to say so here.
        await client.query(`DELETE FROM ${meetings} WHERE community_id = $1`, [id]);
        await client.query(`DELETE FROM ${communities} WHERE id = $1`, [id]);
      });
    },
  };
}
