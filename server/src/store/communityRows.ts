/** How communities and their events map to table rows, shared by every SQL store. */
import type { CommunityEvent, CommunityEventBody } from '@percolate/shared';
import type { CommunityRecord } from './types.js';

export const communityColumns = 'id, invite_code, organiser_key_hash, name, created_at';

export interface CommunityRow {
  id: string;
  invite_code: string;
  organiser_key_hash: string;
  name: string;
  /** PostgreSQL returns BIGINT as a string. */
  created_at: number | string;
}

export interface CommunityEventRow {
  seq: number;
  at: number | string;
  /** SQLite returns the JSON text; PostgreSQL returns it parsed. */
  body: string | CommunityEventBody;
}

export const toCommunityRecord = (row: CommunityRow): CommunityRecord => ({
  id: row.id,
  inviteCode: row.invite_code,
  organiserKeyHash: row.organiser_key_hash,
  name: row.name,
  createdAt: Number(row.created_at),
});

export const communityRecordValues = (record: CommunityRecord) =>
  [record.id, record.inviteCode, record.organiserKeyHash, record.name, record.createdAt] as const;

export const toCommunityEventValues = (event: CommunityEvent) => {
  const { seq, at, ...body } = event;
  return { seq, at, type: body.type, body: JSON.stringify(body) };
};

export const toCommunityEvent = (row: CommunityEventRow): CommunityEvent => {
  const body: CommunityEventBody = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
  return { ...body, seq: row.seq, at: Number(row.at) };
};
