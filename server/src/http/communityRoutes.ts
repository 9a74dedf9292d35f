/**
 * Communities over REST: POST /api/communities, GET /api/communities/:id and
 * POST /api/communities/:id/commands. The organiser key comes as `Authorization: Bearer`, a
 * member's own secret token as `X-Member-Token` (made by the browser, stored hashed).
 */
import {
  type CommandAck,
  type CommunityActor,
  type CommunityLookupResponse,
  type CreateCommunityResponse,
  communityCommandSchema,
  createCommunitySchema,
  type DomainError,
  domainError,
  ErrorCode,
  isDomainError,
  memberOf,
  projectCommunity,
} from '@percolate/shared';
import { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import type { CommunityService, LoadedCommunity } from '../communities/communityService.js';
import type { AppConfig } from '../config.js';
import { secretMatchesHash, sha256Hex } from '../secrets.js';
import { bearerToken } from './facilitatorKey.js';
import { sendError } from './httpErrors.js';
import { baseUrl } from './meetingRoutes.js';
import { perIpLimit } from './rateLimit.js';

export interface CommunityRouteDeps {
  communities: CommunityService;
  clock: Clock;
  config: Pick<AppConfig, 'publicUrl' | 'rateLimits'>;
}

const MEMBER_TOKEN = /^[\w-]{16,128}$/;

const invalid = (error: z.ZodError): DomainError => {
  const issue = error.issues[0];
  const message = `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
  return domainError(ErrorCode.InvalidPayload, message.slice(0, 200));
};

const notFound = (res: Response) =>
  sendError(res, 404, domainError(ErrorCode.CommunityNotFound, 'no such community'));

/** Who is asking; a wrong organiser key or a malformed member token is refused, not ignored. */
const actorOf = (req: Request, community: LoadedCommunity): CommunityActor | DomainError => {
  const key = bearerToken(req);
  const isOrganiser = key !== null && secretMatchesHash(key, community.record.organiserKeyHash);
  if (key !== null && !isOrganiser) {
    return domainError(ErrorCode.Forbidden, 'not the organiser key');
  }
  const token = req.get('x-member-token');
  if (token !== undefined && !MEMBER_TOKEN.test(token)) {
    return domainError(ErrorCode.InvalidPayload, 'X-Member-Token: 16 to 128 URL-safe characters');
  }
  return { isOrganiser, tokenHash: token === undefined ? null : sha256Hex(token) };
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.InvalidPayload]: 400,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotJoined]: 403,
  [ErrorCode.CommunityNotFound]: 404,
};
const statusOf = (ack: CommandAck): number => (ack.ok ? 200 : (STATUS[ack.error.code] ?? 409));

export const communityRoutes = ({ communities, clock, config }: CommunityRouteDeps): Router => {
  const router = Router();

  const loadFrom = async (req: Request) => {
    const id = req.params.id;
    return typeof id === 'string' && id.length <= 64 ? communities.load(id) : null;
  };

  router.post(
    '/api/communities',
    perIpLimit('create-community', config.rateLimits.createMeeting),
    async (req, res) => {
      const body = createCommunitySchema.safeParse(req.body);
      if (!body.success) return sendError(res, 400, invalid(body.error));
      const { record, organiserKey } = await communities.create(
        body.data.name,
        body.data.description ?? '',
      );
      const inviteUrl = `${baseUrl(req, config.publicUrl)}/c/${record.id}`;
      const created: CreateCommunityResponse = {
        id: record.id,
        inviteCode: record.inviteCode,
        inviteUrl,
        organiserUrl: `${inviteUrl}#key=${organiserKey}`,
      };
      res.status(201).set('Cache-Control', 'no-store').json(created);
    },
  );

  router.get('/api/communities/:id', async (req, res) => {
    const community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    if (isDomainError(actor)) return sendError(res, statusOf({ ok: false, error: actor }), actor);
    const lookup: CommunityLookupResponse = {
      ...projectCommunity(community.state, clock.now()),
      me: memberOf(community.state, actor)?.id ?? null,
      isOrganiser: actor.isOrganiser,
    };
    res.set('Cache-Control', 'no-store').json(lookup);
  });

  const commandLimit = perIpLimit('community-command', config.rateLimits.communityCommands);
  router.post('/api/communities/:id/commands', commandLimit, async (req, res) => {
    const community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    const command = communityCommandSchema.safeParse(req.body?.command);
    const answer = (ack: CommandAck) => res.status(statusOf(ack)).json(ack);
    if (isDomainError(actor)) return answer({ ok: false, error: actor });
    if (!command.success) return answer({ ok: false, error: invalid(command.error) });
    answer(await communities.execute(community.record.id, command.data, actor));
  });

  return router;
};
