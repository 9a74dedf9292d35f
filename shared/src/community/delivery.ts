/**
 * Delivering a community's minutes (#17): the organiser's targets (mail addresses, chat webhooks)
 * and each delivery's state, over GET/POST /api/communities/:id/delivery… (organisers only: the
 * addresses and URLs are secrets).
 */
import { z } from 'zod';

/** How a target is reached: e-mail over SMTP, or a chat webhook in its own format. */
export const Channel = {
  Email: 'email',
  Slack: 'slack',
  Teams: 'teams',
  Matrix: 'matrix',
  Json: 'json',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const CHANNELS = Object.values(Channel) as [Channel, ...Channel[]];

export const DeliveryState = {
  Pending: 'pending',
  Sending: 'sending',
  Sent: 'sent',
  Failed: 'failed',
} as const;
export type DeliveryState = (typeof DeliveryState)[keyof typeof DeliveryState];

export const addDeliveryTargetSchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal(Channel.Email), address: z.email().max(254) }),
  z.strictObject({
    channel: z.enum([Channel.Slack, Channel.Teams, Channel.Matrix, Channel.Json]),
    address: z.url({ protocol: /^https?$/ }).max(2000),
  }),
]);
export type AddDeliveryTarget = z.infer<typeof addDeliveryTargetSchema>;

export const requestDeliverySchema = z.strictObject({
  meetingId: z.string().min(1).max(64),
  /** One target (a resend); all the community's targets when absent. */
  targetId: z.string().min(1).max(64).optional(),
});
export type RequestDelivery = z.infer<typeof requestDeliverySchema>;

export interface DeliveryTargetView {
  id: string;
  channel: Channel;
  address: string;
  /** The HMAC-SHA256 key of a generic JSON webhook, for the receiver to verify posts. */
  secret: string | null;
  createdAt: number;
}

export interface DeliveryView {
  meetingId: string;
  targetId: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  sentAt: number | null;
}

export interface DeliveryOverview {
  /** What the host allowed: mail (SMTP set) and webhooks (an allow-list set). */
  mail: boolean;
  webhooks: boolean;
  targets: DeliveryTargetView[];
  deliveries: DeliveryView[];
}
