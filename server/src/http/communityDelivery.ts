/**
 * A community's delivery targets (#17) under /api/communities/:id/delivery: mail addresses and chat
 * webhooks for all its meetings, managed with the organiser key.
 */
import { domainError, ErrorCode, isDomainError } from '@percolate/shared';
import type { CommunityService } from '../communities/communityService.js';
import { actorOf, sendRefusal } from './communityActor.js';
import type { DeliveryScope } from './deliveryRoutes.js';
import { sendError } from './httpErrors.js';

export const communityDelivery = (communities: CommunityService): DeliveryScope => ({
  base: '/api/communities/:id',
  webhooks: true,
  sendsAtOnce: async () => null,
  async authorise(req, res) {
    const id = String(req.params.id);
    const community = id.length <= 64 ? await communities.load(id) : null;
    if (!community) {
      sendRefusal(res, domainError(ErrorCode.CommunityNotFound, 'no such community'));
      return null;
    }
    const actor = actorOf(req, community);
    if (isDomainError(actor)) {
      sendRefusal(res, actor);
      return null;
    }
    if (!actor.isOrganiser) {
      sendError(res, 401, domainError(ErrorCode.KeyRequired, 'organiser key required'));
      return null;
    }
    return { communityId: community.record.id };
  },
});
