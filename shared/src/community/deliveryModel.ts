/**
 * Delivering a community's minutes (#17): the organiser's targets (mail addresses, chat webhooks)
 * and each delivery's state, over GET/POST /api/communities/:id/delivery… (organisers only: the
 * addresses and URLs are secrets). Without zod: the browser imports these.
 */

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
