/**
 * The outbox of minutes deliveries (#17), part of the storage contract: where minutes go
 * (targets: a community's for all its meetings, or a one-off meeting's own), and one row per
 * meeting and target that a worker claims, sends and marks.
 */
import { Channel, DeliveryState } from '@percolate/shared';

export { Channel, DeliveryState };

/** Whose targets: a community's (for all its meetings), or one one-off meeting's. */
export type DeliveryOwner = { communityId: string } | { meetingId: string };

export interface DeliveryTarget {
  id: string;
  /** Exactly one of the two is set. */
  communityId: string | null;
  meetingId: string | null;
  channel: Channel;
  /** A mail address, or the webhook's URL. */
  address: string;
  /** The HMAC-SHA256 key of a generic JSON webhook; null for the others. */
  secret: string | null;
  createdAt: number;
}

export interface DeliveryRecord {
  meetingId: string;
  targetId: string;
  /** Null for a one-off meeting's delivery. */
  communityId: string | null;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  sentAt: number | null;
  createdAt: number;
}

/** A delivery a worker holds until `leaseUntil`, with its target. */
export interface ClaimedDelivery extends DeliveryRecord {
  claim: string;
  target: DeliveryTarget;
}

/** How a claimed delivery ended: sent, to be tried again at a later time, or given up. */
export type DeliveryOutcome =
  | { state: typeof DeliveryState.Sent; at: number }
  | { state: typeof DeliveryState.Pending; nextAttemptAt: number; error: string }
  | { state: typeof DeliveryState.Failed; error: string };

/** The read-only minutes link the deliveries of one meeting carry. */
export interface DeliveryLink {
  linkId: string;
  secret: string;
}

export interface DeliveryStore {
  addDeliveryTarget(target: DeliveryTarget): Promise<void>;
  listDeliveryTargets(owner: DeliveryOwner): Promise<DeliveryTarget[]>;
  /** False when the owner has no such target. Its deliveries go with it. */
  removeDeliveryTarget(owner: DeliveryOwner, targetId: string): Promise<boolean>;
  /** The owner's deliveries (a one-off meeting's: its own), newest first. */
  listDeliveries(owner: DeliveryOwner, limit: number): Promise<DeliveryRecord[]>;
  /**
   * Makes the ended meeting's deliveries (to one of the owner's targets, or to all of them) due
   * now, afresh: a resend, or a delivery on demand. Returns how many rows it queued.
   */
  requestDeliveries(
    owner: DeliveryOwner,
    meetingId: string,
    targetId: string | null,
    now: number,
  ): Promise<number>;
  /**
   * Atomically takes up to `limit` due deliveries (pending and due, or sending with an expired
   * lease) for `leaseMs`, marking them with `claim` and counting the attempt. Two callers never
   * get the same row while its lease runs.
   */
  claimDeliveries(
    now: number,
    leaseMs: number,
    claim: string,
    limit: number,
  ): Promise<ClaimedDelivery[]>;
  /** Records the outcome, only if the claim still holds; false when it was lost. */
  finishDelivery(
    meetingId: string,
    targetId: string,
    claim: string,
    outcome: DeliveryOutcome,
  ): Promise<boolean>;
  /**
   * The meeting's delivery link: the stored one, else `candidate` (stored now). `revoked` names
   * a stored link that was revoked meanwhile: it is replaced by the candidate.
   */
  deliveryLink(
    meetingId: string,
    candidate: DeliveryLink,
    revoked: string | null,
  ): Promise<DeliveryLink>;
}
