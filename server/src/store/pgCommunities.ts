/** The PostgreSQL side of the community contract; its event stream is `pgStream`'s. */
import type { CommunityEvent } from '@percolate/shared';
import type pg from 'pg';
import {
  type CommunityRow,
  communityColumns,
  communityRecordValues,
  toCommunityRecord,
} from './communityRows.js';
import type { PgStream } from './pgStream.js';
import { inTransaction } from './pgTransaction.js';
import { lastSeqAfter } from './rows.js';
import { communityStreamMethods } from './streamFacades.js';
import {
  type CommunityStore,
  InviteCodeTakenError,
  type NewCommunity,
  type NewMeeting,
} from './types.js';

export interface PgCommunityDeps {
  isUniqueViolation: (error: unknown) => error is pg.DatabaseError;
  /** The meetings' own insert (row and first events), inside a transaction of ours. */
  insertMeeting: (client: pg.PoolClient, meeting: NewMeeting) => Promise<void>;
}

export function pgCommunities(
  pool: pg.Pool,
  quotedSchema: string,
  stream: PgStream<CommunityEvent>,
  { isUniqueViolation, insertMeeting }: PgCommunityDeps,
): CommunityStore {
  const communities = `${quotedSchema}.communities`;
  const meetings = `${quotedSchema}.meetings`;

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
    await stream.insertFirst(client, record.id, first);
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
    ...communityStreamMethods(stream),
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
    async deleteCommunity(id) {
      await inTransaction(pool, async (client) => {
        // The foreign keys cascade to events and commands; the meetings are named to say so here.
        await client.query(`DELETE FROM ${meetings} WHERE community_id = $1`, [id]);
        await client.query(`DELETE FROM ${communities} WHERE id = $1`, [id]);
      });
    },
  };
}
