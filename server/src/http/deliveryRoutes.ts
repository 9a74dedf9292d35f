/**
 * The organiser's side of delivering minutes (#17), organiser key only (addresses and webhook
 * URLs are secrets): GET /api/communities/:id/delivery (what the host allows, the targets, the
 * latest deliveries with their state), POST …/delivery/targets (`{ channel, address }` → 201),
 * DELETE …/delivery/targets/:targetId (204) and POST …/delivery/send (`{ meetingId, targetId? }`
 * → 202: a resend, or an ended meeting delivered on demand).
 */
import {
  addDeliveryTargetSchema,
  Channel,
  type DeliveryOverview,
  type DeliveryTargetView,
  domainError,
  ErrorCode,
  isDomainError,
  requestDeliverySchema,
} from '@percolate/shared';
import { type Request, type Response, Router } from 'express';
import { nanoid } from 'nanoid';
import type { Clock } from '../clock.js';
import type { CommunityService, LoadedCommunity } from '../communities/communityService.js';
import type { AppConfig } from '../config.js';
import { parseAllowedHost, webhookRefusal } from '../delivery/webhookAllowList.js';
import type { Ids } from '../ids.js';
import type { DeliveryStore, DeliveryTarget } from '../store/deliveryTypes.js';
import { actorOf, invalid, sendRefusal } from './communityActor.js';
import { sendError } from './httpErrors.js';
import { perIpLimit } from './rateLimit.js';

export interface DeliveryRouteDeps {
  communities: CommunityService;
  store: DeliveryStore;
  ids: Pick<Ids, 'entityId'>;
  clock: Clock;
  config: Pick<AppConfig, 'delivery' | 'rateLimits'>;
  /** Looks for due deliveries at once (null: delivery is off on this server). */
  wake: (() => void) | null;
}

/** A community lists this many deliveries, newest first. */
const LISTED = 200;
/** Targets per community: a few lists and chats, not a mass mailer. */
const MAX_TARGETS = 20;
/** 32 nanoid characters: 192 bits for the HMAC key. */
const SECRET_LENGTH = 32;

const view = ({ id, channel, address, secret, createdAt }: DeliveryTarget): DeliveryTargetView => ({
  id,
  channel,
  address,
  secret,
  createdAt,
});

const refuse = (res: Response, code: ErrorCode, message: string) =>
  sendRefusal(res, domainError(code, message));

export const deliveryRoutes = ({
  communities,
  store,
  ids,
  clock,
  config,
  wake,
}: DeliveryRouteDeps) => {
  const router = Router();
  const allowed = config.delivery.webhookAllowedHosts.map(parseAllowedHost);
  const limit = perIpLimit('delivery', config.rateLimits.communityCommands);

  /** The community, when the request carries its organiser key; otherwise answers and null. */
  const asOrganiser = async (req: Request, res: Response): Promise<LoadedCommunity | null> => {
    const id = String(req.params.id);
    const community = id.length <= 64 ? await communities.load(id) : null;
    if (!community) {
      refuse(res, ErrorCode.CommunityNotFound, 'no such community');
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
    res.set('Cache-Control', 'no-store');
    return community;
  };

  router.get('/api/communities/:id/delivery', limit, async (req, res) => {
    const community = await asOrganiser(req, res);
    if (!community) return;
    const id = community.record.id;
    const overview: DeliveryOverview = {
      mail: config.delivery.smtp !== null,
      webhooks: allowed.length > 0,
      targets: (await store.listDeliveryTargets(id)).map(view),
      deliveries: (await store.listDeliveries(id, LISTED)).map(
        ({ meetingId, targetId, state, attempts, nextAttemptAt, lastError, sentAt }) => ({
          meetingId,
          targetId,
          state,
          attempts,
          nextAttemptAt,
          lastError,
          sentAt,
        }),
      ),
    };
    res.json(overview);
  });

  router.post('/api/communities/:id/delivery/targets', limit, async (req, res) => {
    const community = await asOrganiser(req, res);
    if (!community) return;
    const body = addDeliveryTargetSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalid(body.error));
    const { channel, address } = body.data;
    if (channel === Channel.Email && config.delivery.smtp === null) {
      return refuse(res, ErrorCode.DeliveryNotAllowed, 'this server sends no mail (SMTP_URL)');
    }
    const refusal = channel === Channel.Email ? null : webhookRefusal(address, allowed);
    if (refusal !== null) return refuse(res, ErrorCode.DeliveryNotAllowed, refusal);
    const existing = await store.listDeliveryTargets(community.record.id);
    if (existing.length >= MAX_TARGETS) {
      return refuse(res, ErrorCode.TooMany, `at most ${MAX_TARGETS} delivery targets`);
    }
    const target: DeliveryTarget = {
      id: ids.entityId(),
      communityId: community.record.id,
      channel,
      address,
      secret: channel === Channel.Json ? nanoid(SECRET_LENGTH) : null,
      createdAt: clock.now(),
    };
    await store.addDeliveryTarget(target);
    res.status(201).json(view(target));
  });

  router.delete('/api/communities/:id/delivery/targets/:targetId', limit, async (req, res) => {
    const community = await asOrganiser(req, res);
    if (!community) return;
    const removed = await store.removeDeliveryTarget(
      community.record.id,
      String(req.params.targetId),
    );
    if (!removed) return sendError(res, 404, domainError(ErrorCode.NotFound, 'no such target'));
    res.status(204).end();
  });

  router.post('/api/communities/:id/delivery/send', limit, async (req, res) => {
    const community = await asOrganiser(req, res);
    if (!community) return;
    const body = requestDeliverySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalid(body.error));
    const { meetingId, targetId = null } = body.data;
    const queued = await store.requestDeliveries(
      community.record.id,
      meetingId,
      targetId,
      clock.now(),
    );
    if (queued === 0) {
      return sendError(res, 404, domainError(ErrorCode.NotFound, 'no ended meeting or target'));
    }
    wake?.();
    res.status(202).json({ queued });
  });

  return router;
};
