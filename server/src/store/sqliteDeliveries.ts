/**
 * The SQLite side of the delivery outbox. One process writes the file, so a transaction is the
 * claim; the lease still matters after a crash, when a row was left `sending`.
 */
import type Database from 'better-sqlite3';
import {
  type ClaimedRow,
  claimedColumns,
  type DeliveryRow,
  deliveryColumns,
  MAX_ERROR_LENGTH,
  ownerColumn,
  perOwner,
  type TargetRow,
  targetColumns,
  targetValues,
  toClaimed,
  toDelivery,
  toTarget,
} from './deliveryRows.js';
import { type DeliveryLink, DeliveryState, type DeliveryStore } from './deliveryTypes.js';

const DUE = `(state = 'pending' AND next_attempt_at <= @now)
  OR (state = 'sending' AND lease_until <= @now)`;

export function sqliteDeliveries(db: Database.Database): DeliveryStore {
  const sql = {
    insertTarget: db.prepare(
      `INSERT INTO delivery_targets (${targetColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    ...perOwner((column) => ({
      targets: db.prepare<[string], TargetRow>(
        `SELECT ${targetColumns} FROM delivery_targets WHERE ${column} = ? ORDER BY created_at, id`,
      ),
      removeTarget: db.prepare(`DELETE FROM delivery_targets WHERE ${column} = ? AND id = ?`),
      deliveries: db.prepare<[string, number], DeliveryRow>(
        `SELECT ${deliveryColumns} FROM deliveries WHERE ${column} = ?
         ORDER BY created_at DESC, meeting_id, target_id LIMIT ?`,
      ),
      request: db.prepare(
        `INSERT INTO deliveries (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
         SELECT m.id, t.id, t.community_id, 'pending', 0, @now, @now
         FROM meetings m
         JOIN delivery_targets t ON t.community_id = m.community_id OR t.meeting_id = m.id
         WHERE m.id = @meetingId AND t.${column} = @ownerId AND m.ended_at IS NOT NULL
           AND (@targetId IS NULL OR t.id = @targetId)
         ON CONFLICT (meeting_id, target_id) DO UPDATE SET state = 'pending', attempts = 0,
           next_attempt_at = @now, claim = NULL, lease_until = NULL, last_error = NULL, sent_at = NULL`,
      ),
    })),
    claim: db.prepare(
      `UPDATE deliveries SET state = 'sending', claim = @claim, lease_until = @now + @leaseMs,
         attempts = attempts + 1
       WHERE rowid IN (SELECT rowid FROM deliveries WHERE ${DUE} ORDER BY next_attempt_at LIMIT @limit)`,
    ),
    // Read first: most polls find nothing due and need not take the write lock.
    anyDue: db.prepare(`SELECT 1 FROM deliveries WHERE ${DUE} LIMIT 1`).pluck(),
    claimed: db.prepare<[string], ClaimedRow>(
      `SELECT ${claimedColumns} FROM deliveries d JOIN delivery_targets t ON t.id = d.target_id
       WHERE d.claim = ? AND d.state = 'sending' ORDER BY d.next_attempt_at`,
    ),
    finish: db.prepare(
      `UPDATE deliveries SET state = @state, next_attempt_at = COALESCE(@nextAttemptAt, next_attempt_at),
         last_error = @error, sent_at = @sentAt, claim = NULL, lease_until = NULL
       WHERE meeting_id = @meetingId AND target_id = @targetId AND claim = @claim AND state = 'sending'`,
    ),
    dropRevokedLink: db.prepare('DELETE FROM delivery_links WHERE meeting_id = ? AND link_id = ?'),
    insertLink: db.prepare(
      'INSERT OR IGNORE INTO delivery_links (meeting_id, link_id, secret) VALUES (?, ?, ?)',
    ),
    link: db.prepare<[string], { link_id: string; secret: string }>(
      'SELECT link_id, secret FROM delivery_links WHERE meeting_id = ?',
    ),
  };

  const claim = db.transaction(
    (now: number, leaseMs: number, token: string, limit: number): ClaimedRow[] => {
      sql.claim.run({ now, leaseMs, claim: token, limit });
      return sql.claimed.all(token);
    },
  );

  const link = db.transaction(
    (meetingId: string, candidate: DeliveryLink, revoked: string | null): DeliveryLink => {
      if (revoked !== null) sql.dropRevokedLink.run(meetingId, revoked);
      sql.insertLink.run(meetingId, candidate.linkId, candidate.secret);
      const row = sql.link.get(meetingId);
      if (!row) throw new Error(`no delivery link for meeting ${meetingId}`);
      return { linkId: row.link_id, secret: row.secret };
    },
  );

  return {
    async addDeliveryTarget(target) {
      sql.insertTarget.run(...targetValues(target));
    },
    async listDeliveryTargets(owner) {
      const { column, id } = ownerColumn(owner);
      return sql[column].targets.all(id).map(toTarget);
    },
    async removeDeliveryTarget(owner, targetId) {
      const { column, id } = ownerColumn(owner);
      return sql[column].removeTarget.run(id, targetId).changes > 0;
    },
    async listDeliveries(owner, limit) {
      const { column, id } = ownerColumn(owner);
      return sql[column].deliveries.all(id, limit).map(toDelivery);
    },
    async requestDeliveries(owner, meetingId, targetId, now) {
      const { column, id } = ownerColumn(owner);
      return sql[column].request.run({ ownerId: id, meetingId, targetId, now }).changes;
    },
    async claimDeliveries(now, leaseMs, token, limit) {
      if (sql.anyDue.get({ now }) === undefined) return [];
      return claim.immediate(now, leaseMs, token, limit).map(toClaimed);
    },
    async finishDelivery(meetingId, targetId, token, outcome) {
      const changed = sql.finish.run({
        meetingId,
        targetId,
        claim: token,
        state: outcome.state,
        nextAttemptAt: outcome.state === DeliveryState.Pending ? outcome.nextAttemptAt : null,
        error:
          outcome.state === DeliveryState.Sent ? null : outcome.error.slice(0, MAX_ERROR_LENGTH),
        sentAt: outcome.state === DeliveryState.Sent ? outcome.at : null,
      });
      return changed.changes > 0;
    },
    async deliveryLink(meetingId, candidate, revoked) {
      return link.immediate(meetingId, candidate, revoked);
    },
  };
}
