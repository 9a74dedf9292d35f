/** The inbound payloads of the delivery routes (#17), validated on the server. */
import { z } from 'zod';
import { Channel } from './deliveryModel.js';

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
