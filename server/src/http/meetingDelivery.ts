/**
 * A one-off meeting's delivery targets (#17) under /api/meetings/:id/delivery: the mail addresses
 * its facilitator enters (their key), before or after the end. Added after the end, an address
 * gets the minutes at once. A community's meeting goes where its community's targets say.
 */
import { domainError, ErrorCode } from '@percolate/shared';
import type { EventStore } from '../store/types.js';
import type { DeliveryScope } from './deliveryRoutes.js';
import { bearerToken } from './facilitatorKey.js';
import { sendError } from './httpErrors.js';
import { holdsFacilitatorSecret } from './minutesAccess.js';

export const meetingDelivery = (store: EventStore): DeliveryScope => {
  const isFacilitator = holdsFacilitatorSecret(store);
  return {
    base: '/api/meetings/:id',
    webhooks: false,
    async sendsAtOnce(owner) {
      if (!('meetingId' in owner)) return null;
      const meeting = await store.findMeeting(owner.meetingId);
      return meeting?.endedAt == null ? null : meeting.id;
    },
    async authorise(req, res) {
      const id = String(req.params.id);
      const meeting = id.length <= 64 ? await store.findMeeting(id) : null;
      if (!meeting || meeting.communityId !== null) {
        sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no one-off meeting'));
        return null;
      }
      const key = bearerToken(req);
      if (key === null) {
        sendError(res, 401, domainError(ErrorCode.KeyRequired, 'facilitator key required'));
        return null;
      }
      if (!(await isFacilitator(meeting.id, key))) {
        sendError(res, 403, domainError(ErrorCode.Forbidden, 'not the facilitator key'));
        return null;
      }
      return { meetingId: meeting.id };
    },
  };
};
