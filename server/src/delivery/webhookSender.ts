/**
 * Chat posts to the incoming webhooks the organiser set, only where the host's allow-list lets
 * them go (checked before connecting; redirects are not followed, so none leads elsewhere).
 * Generic JSON is signed: `X-Percolate-Signature: sha256=<hex HMAC-SHA256 of
 * "<X-Percolate-Timestamp>.<body>" with the target's secret>`. `X-Percolate-Delivery` names the
 * delivery, the same on every retry, so a receiver can drop a repeat.
 */
import { createHmac } from 'node:crypto';
import { Channel, type DeliveryTarget } from '../store/deliveryTypes.js';
import { chatPayload, type WebhookChannel } from './chatPayloads.js';
import { DeliveryError } from './deliveryError.js';
import type { MinutesMessage } from './minutesMessage.js';
import { type AllowedHost, webhookRefusal } from './webhookAllowList.js';

export const SIGNATURE_HEADER = 'X-Percolate-Signature';
export const TIMESTAMP_HEADER = 'X-Percolate-Timestamp';
export const DELIVERY_HEADER = 'X-Percolate-Delivery';

export const signature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Retrying helps with these answers; other 4xx mean the request itself is wrong. */
const TRANSIENT = new Set([408, 425, 429]);

export interface WebhookSettings {
  allowed: readonly AllowedHost[];
  timeoutMs: number;
  now: () => number;
}

export const postWebhook = async (
  target: DeliveryTarget,
  message: MinutesMessage,
  deliveryId: string,
  { allowed, timeoutMs, now }: WebhookSettings,
): Promise<void> => {
  const refusal = webhookRefusal(target.address, allowed);
  if (refusal !== null) throw new DeliveryError(refusal, true);
  if (target.channel === Channel.Email) throw new DeliveryError('not a webhook', true);
  const body = JSON.stringify(chatPayload(target.channel as WebhookChannel, message));
  const timestamp = String(now());
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'Percolate',
    [DELIVERY_HEADER]: deliveryId,
  };
  if (target.channel === Channel.Json && target.secret !== null) {
    headers[TIMESTAMP_HEADER] = timestamp;
    headers[SIGNATURE_HEADER] = signature(target.secret, timestamp, body);
  }
  let response: Response;
  try {
    response = await fetch(target.address, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new DeliveryError(
      cause ?? (error instanceof Error ? error.message : String(error)),
      false,
    );
  }
  await response.body?.cancel();
  if (response.ok) return;
  const permanent = response.status < 500 && !TRANSIENT.has(response.status);
  throw new DeliveryError(`HTTP ${response.status}`, permanent);
};
