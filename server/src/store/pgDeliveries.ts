/**
 * The PostgreSQL side of the delivery outbox. Several nodes claim at once: `FOR UPDATE SKIP
 * LOCKED` hands each due row to one of them, and the lease keeps it theirs while they send.
 */
import type pg from 'pg';
import * as rows from './deliveryRows.js';
import { DeliveryState, type DeliveryStore } from './deliveryTypes.js';
import { inTransaction } from './pgTransaction.js';

export function pgDeliveries(pool: pg.Pool, quotedSchema: string): DeliveryStore {
  const targets = `${quotedSchema}.delivery_targets`;
  const deliveries = `${quotedSchema}.deliveries`;
  const meetings = `${quotedSchema}.meetings`;
  const links = `${quotedSchema}.delivery_links`;

  return {
    async addDeliveryTarget(target) {
      await pool.query(
        `INSERT INTO ${targets} (${rows.targetColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [...rows.targetValues(target)],
      );
    },
    async listDeliveryTargets(owner) {
      const { column, id } = rows.ownerColumn(owner);
      const result = await pool.query<rows.TargetRow>(
        `SELECT ${rows.targetColumns} FROM ${targets} WHERE ${column} = $1 ORDER BY created_at, id`,
        [id],
      );
      return result.rows.map(rows.toTarget);
    },
    async removeDeliveryTarget(owner, targetId) {
      const { column, id } = rows.ownerColumn(owner);
      const result = await pool.query(`DELETE FROM ${targets} WHERE ${column} = $1 AND id = $2`, [
        id,
        targetId,
      ]);
      return (result.rowCount ?? 0) > 0;
    },
    async listDeliveries(owner, limit) {
      const { column, id } = rows.ownerColumn(owner);
      const result = await pool.query<rows.DeliveryRow>(
        `SELECT ${rows.deliveryColumns} FROM ${deliveries} WHERE ${column} = $1
         ORDER BY created_at DESC, meeting_id, target_id LIMIT $2`,
        [id, limit],
      );
      return result.rows.map(rows.toDelivery);
    },
    async requestDeliveries(owner, meetingId, targetId, now) {
      const { column, id } = rows.ownerColumn(owner);
      const result = await pool.query(
        `INSERT INTO ${deliveries}
           (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
         SELECT m.id, t.id, t.community_id, 'pending', 0, $4, $4
         FROM ${meetings} m
         JOIN ${targets} t ON t.community_id = m.community_id OR t.meeting_id = m.id
         WHERE m.id = $2 AND t.${column} = $1 AND m.ended_at IS NOT NULL
           AND ($3::text IS NULL OR t.id = $3)
         ON CONFLICT (meeting_id, target_id) DO UPDATE SET state = 'pending', attempts = 0,
           next_attempt_at = $4, claim = NULL, lease_until = NULL, last_error = NULL, sent_at = NULL`,
        [id, meetingId, targetId, now],
      );
      return result.rowCount ?? 0;
    },
    async claimDeliveries(now, leaseMs, claim, limit) {
      return inTransaction(pool, async (client) => {
        await client.query(
          `UPDATE ${deliveries} SET state = 'sending', claim = $3, lease_until = $1 + $2,
             attempts = attempts + 1
           WHERE (meeting_id, target_id) IN (
             SELECT meeting_id, target_id FROM ${deliveries}
             WHERE (state = 'pending' AND next_attempt_at <= $1)
                OR (state = 'sending' AND lease_until <= $1)
             ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)`,
          [now, leaseMs, claim, limit],
        );
        const claimed = await client.query<rows.ClaimedRow>(
          `SELECT ${rows.claimedColumns} FROM ${deliveries} d JOIN ${targets} t ON t.id = d.target_id
           WHERE d.claim = $1 AND d.state = 'sending' ORDER BY d.next_attempt_at`,
          [claim],
        );
        return claimed.rows.map(rows.toClaimed);
      });
    },
    async finishDelivery(meetingId, targetId, claim, outcome) {
      const result = await pool.query(
        `UPDATE ${deliveries} SET state = $4, next_attempt_at = COALESCE($5, next_attempt_at),
           last_error = $6, sent_at = $7, claim = NULL, lease_until = NULL
         WHERE meeting_id = $1 AND target_id = $2 AND claim = $3 AND state = 'sending'`,
        [
          meetingId,
          targetId,
          claim,
          outcome.state,
          outcome.state === DeliveryState.Pending ? outcome.nextAttemptAt : null,
          outcome.state === DeliveryState.Sent
            ? null
            : outcome.error.slice(0, rows.MAX_ERROR_LENGTH),
          outcome.state === DeliveryState.Sent ? outcome.at : null,
        ],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async deliveryLink(meetingId, candidate, revoked) {
      return inTransaction(pool, async (client) => {
        if (revoked !== null) {
          await client.query(`DELETE FROM ${links} WHERE meeting_id = $1 AND link_id = $2`, [
            meetingId,
            revoked,
          ]);
        }
        await client.query(
          `INSERT INTO ${links} (meeting_id, link_id, secret) VALUES ($1, $2, $3)
           ON CONFLICT (meeting_id) DO NOTHING`,
          [meetingId, candidate.linkId, candidate.secret],
        );
        const row = await client.query<{ link_id: string; secret: string }>(
          `SELECT link_id, secret FROM ${links} WHERE meeting_id = $1`,
          [meetingId],
        );
        const stored = row.rows[0];
        if (!stored) throw new Error(`no delivery link for meeting ${meetingId}`);
        return { linkId: stored.link_id, secret: stored.secret };
      });
    },
  };
}
