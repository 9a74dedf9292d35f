/** Delivery rows as both stores read them (PostgreSQL's BIGINTs arrive as strings). */
import type {
  Channel,
  ClaimedDelivery,
  DeliveryOwner,
  DeliveryRecord,
  DeliveryState,
  DeliveryTarget,
} from './deliveryTypes.js';

type Int = number | string;

export interface TargetRow {
  id: string;
  community_id: string | null;
  meeting_id: string | null;
  channel: string;
  address: string;
  secret: string | null;
  created_at: Int;
}

export interface DeliveryRow {
  meeting_id: string;
  target_id: string;
  community_id: string | null;
  state: string;
  attempts: Int;
  next_attempt_at: Int;
  last_error: string | null;
  sent_at: Int | null;
  created_at: Int;
}

export interface ClaimedRow extends DeliveryRow {
  claim: string;
  t_meeting_id: string | null;
  t_channel: string;
  t_address: string;
  t_secret: string | null;
  t_created_at: Int;
}

export const targetColumns = 'id, community_id, meeting_id, channel, address, secret, created_at';
export const deliveryColumns =
  'meeting_id, target_id, community_id, state, attempts, next_attempt_at, last_error, sent_at, created_at';
/** The claimed delivery's columns with its target's, for a join on `d` and `t`. */
export const claimedColumns = `${deliveryColumns
  .split(', ')
  .map((column) => `d.${column}`)
  .join(
    ', ',
  )}, d.claim, t.meeting_id AS t_meeting_id, t.channel AS t_channel, t.address AS t_address,
  t.secret AS t_secret, t.created_at AS t_created_at`;

export const toTarget = (row: TargetRow): DeliveryTarget => ({
  id: row.id,
  communityId: row.community_id,
  meetingId: row.meeting_id,
  channel: row.channel as Channel,
  address: row.address,
  secret: row.secret,
  createdAt: Number(row.created_at),
});

export const targetValues = (target: DeliveryTarget) =>
  [
    target.id,
    target.communityId,
    target.meetingId,
    target.channel,
    target.address,
    target.secret,
    target.createdAt,
  ] as const;

export const toDelivery = (row: DeliveryRow): DeliveryRecord => ({
  meetingId: row.meeting_id,
  targetId: row.target_id,
  communityId: row.community_id,
  state: row.state as DeliveryState,
  attempts: Number(row.attempts),
  nextAttemptAt: Number(row.next_attempt_at),
  lastError: row.last_error,
  sentAt: row.sent_at === null ? null : Number(row.sent_at),
  createdAt: Number(row.created_at),
});

export const toClaimed = (row: ClaimedRow): ClaimedDelivery => ({
  ...toDelivery(row),
  claim: row.claim,
  target: toTarget({
    id: row.target_id,
    community_id: row.community_id,
    meeting_id: row.t_meeting_id,
    channel: row.t_channel,
    address: row.t_address,
    secret: row.t_secret,
    created_at: row.t_created_at,
  }),
});

/** The column that names the owner, in `delivery_targets` and in `deliveries`, and its value. */
export const ownerColumn = (owner: DeliveryOwner) =>
  'communityId' in owner
    ? ({ column: 'community_id', id: owner.communityId } as const)
    : ({ column: 'meeting_id', id: owner.meetingId } as const);

/** The same statements for either owner column, keyed by it. */
export const perOwner = <T>(make: (column: 'community_id' | 'meeting_id') => T) => ({
  community_id: make('community_id'),
  meeting_id: make('meeting_id'),
});

/** Longest reason stored for a failed attempt. */
export const MAX_ERROR_LENGTH = 500;
