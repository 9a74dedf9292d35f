/**
 * Where minutes go and how each delivery went (#17), for whoever owns the targets; the addresses
 * and URLs are secrets, so only they may ask. Under `<base>/delivery`: GET (what the host allows,
 * the targets, the latest deliveries with their state), POST …/targets (`{ channel, address }` →
 * 201), DELETE …/targets/:targetId (204) and POST …/send (`{ meetingId, targetId? }` → 202: a
 * resend, or an ended meeting delivered on demand). `communityDelivery.ts` and
 * `meetingDelivery.ts` say who the owner is and how the request proves it.
 */
import {
  addDeliveryTargetSchema,
  Channel,
  type DeliveryOverview,
  type DeliveryTargetView,
  domainError,
  ErrorCode,
  invalidPayload,
  requestDeliverySchema,
} from '@percolate/shared';
import { type Request, type Response, Router } from 'express';
import { nanoid } from 'nanoid';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import { parseAllowedHost, webhookRefusal } from '../delivery/webhookAllowList.js';
import type { Ids } from '../ids.js';
import type { DeliveryOwner, DeliveryStore, DeliveryTarget } from '../store/deliveryTypes.js';
import { sendRefusal } from './communityActor.js';
import { sendError } from './httpErrors.js';
import { perIpLimit } from './rateLimit.js';

export interface DeliveryRouteDeps {
  store: DeliveryStore;
  ids: Pick<Ids, 'entityId'>;
  clock: Clock;
  config: Pick<AppConfig, 'delivery' | 'rateLimits'>;
  /** Looks for due deliveries at once (null: delivery is off on this server). */
  wake: (() => void) | null;
}

/** Who owns the targets under `base`, and how a request proves it may manage them. */
export interface DeliveryScope {
  /** e.g. `/api/communities/:id`. */
  base: string;
  /** The owner when the request may manage its targets; otherwise answers and resolves null. */
  authorise(req: Request, res: Response): Promise<DeliveryOwner | null>;
  /** Chats are a community's; a one-off meeting's facilitator enters mail addresses only. */
  webhooks: boolean;
  /** Whether the minutes go out as soon as a target is added (its meeting has ended). */
  sendsAtOnce(owner: DeliveryOwner): Promise<string | null>;
}

/** An owner lists this many deliveries, newest first. */
const LISTED = 200;
/** Targets per owner: a few lists and chats, not a mass mailer. */
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

export const deliveryRoutes = (
  scope: DeliveryScope,
  { store, ids, clock, config, wake }: DeliveryRouteDeps,
): Router => {
  const router = Router();
  const allowed = scope.webhooks ? config.delivery.webhookAllowedHosts.map(parseAllowedHost) : [];
  const limit = perIpLimit('delivery', config.rateLimits.communityCommands);
  const base = `${scope.base}/delivery`;

  const request = async (owner: DeliveryOwner, meetingId: string, targetId: string | null) => {
    const queued = await store.requestDeliveries(owner, meetingId, targetId, clock.now());
    if (queued > 0) wake?.();
    return queued;
  };

  router.get(base, limit, async (req, res) => {
    const owner = await scope.authorise(req, res);
    if (!owner) return;
    const overview: DeliveryOverview = {
      mail: config.delivery.smtp !== null,
      webhooks: allowed.length > 0,
      targets: (await store.listDeliveryTargets(owner)).map(view),
      deliveries: (await store.listDeliveries(owner, LISTED)).map(
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
    res.set('Cache-Control', 'no-store').json(overview);
  });

  router.post(`${base}/targets`, limit, async (req, res) => {
    const owner = await scope.authorise(req, res);
    if (!owner) return;
    const body = addDeliveryTargetSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalidPayload(body.error));
    const { channel, address } = body.data;
    if (channel === Channel.Email && config.delivery.smtp === null) {
      return refuse(res, ErrorCode.DeliveryNotAllowed, 'this server sends no mail (SMTP_URL)');
    }
    const refusal = channel === Channel.Email ? null : webhookRefusal(address, allowed);
    if (refusal !== null) return refuse(res, ErrorCode.DeliveryNotAllowed, refusal);
    if ((await store.listDeliveryTargets(owner)).length >= MAX_TARGETS) {
      return refuse(res, ErrorCode.TooMany, `at most ${MAX_TARGETS} delivery targets`);
    }
    const target: DeliveryTarget = {
      id: ids.entityId(),
      communityId: 'communityId' in owner ? owner.communityId : null,
      meetingId: 'meetingId' in owner ? owner.meetingId : null,
      channel,
      address,
      secret: channel === Channel.Json ? nanoid(SECRET_LENGTH) : null,
      createdAt: clock.now(),
    };
    await store.addDeliveryTarget(target);
    const ended = await scope.sendsAtOnce(owner);
    if (ended !== null) await request(owner, ended, target.id);
    res.status(201).json(view(target));
  });

  router.delete(`${base}/targets/:targetId`, limit, async (req, res) => {
    const owner = await scope.authorise(req, res);
    if (!owner) return;
    if (!(await store.removeDeliveryTarget(owner, String(req.params.targetId)))) {
      return sendError(res, 404, domainError(ErrorCode.NotFound, 'no such target'));
    }
    res.status(204).end();
  });

  router.post(`${base}/send`, limit, async (req, res) => {
    const owner = await scope.authorise(req, res);
    if (!owner) return;
    const body = requestDeliverySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalidPayload(body.error));
    const queued = await request(owner, body.data.meetingId, body.data.targetId ?? null);
    if (queued === 0) {
      return sendError(res, 404, domainError(ErrorCode.NotFound, 'no ended meeting or target'));
    }
    res.status(202).json({ queued });
  });

  return router;
};
