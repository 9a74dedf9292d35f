/**
 * Communities over REST: POST /api/communities, GET /api/communities/:id (and by-code/:code),
 * POST /api/communities/:id/commands (`{ commandId, command }`, answered once per commandId) and
 * DELETE /api/communities/:id, GET /api/communities/:id/search?q= (members and organisers). The
 * organiser key comes as `Authorization: Bearer`, a member's own
 * secret token as `X-Member-Token` (made by the browser, stored hashed). Whoever is neither gets
 * a preview (name and description) and joins only with the invite code (`X-Invite-Code`).
 */
import {
  type CommandAck,
  type CommunityLookupResponse,
  type CommunityPreview,
  type CommunitySearchResponse,
  communityCommandRequestSchema,
  createCommunitySchema,
  deletionRefusal,
  domainError,
  ErrorCode,
  invalidPayload,
  inviteRefusal,
  isDomainError,
  maySearch,
  maySeeCommunity,
  projectCommunity,
  type SearchHit,
  viewerOf,
} from '@percolate/shared';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { CommunityService, LoadedCommunity } from '../communities/communityService.js';
import type { Conclusions } from '../communities/conclusion.js';
import type { AppConfig } from '../config.js';
import { normaliseJoinCode } from '../joinCode.js';
import { senderCommandId } from '../senderCommandId.js';
import { actorOf, sendRefusal, statusOf } from './communityActor.js';
import { hasInviteCode } from './communityInvite.js';
import { communityAddress, newCommunityLinks } from './communityLinks.js';
import { sendError } from './httpErrors.js';
import { limitedBy, perIpLimit, type SharedBudgets } from './rateLimit.js';

export interface CommunityRouteDeps {
  communities: CommunityService;
  conclusions: Conclusions;
  /** Searches the backlog and the minutes of the community's past meetings. */
  search: (community: LoadedCommunity, query: string) => Promise<SearchHit[]>;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins' | 'rateLimits'>;
  budgets: SharedBudgets;
}

const searchQuerySchema = z.string().trim().min(2).max(100);

const notFound = (res: Response) =>
  sendError(res, 404, domainError(ErrorCode.CommunityNotFound, 'no such community'));

export const communityRoutes = ({
  communities,
  conclusions,
  search,
  config,
  budgets,
}: CommunityRouteDeps): Router => {
  const router = Router();

  const loadFrom = async (req: Request) => {
    const id = req.params.id;
    return typeof id === 'string' && id.length <= 64 ? communities.load(id) : null;
  };

  router.post('/api/communities', limitedBy(budgets.creations), async (req, res) => {
    const body = createCommunitySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalidPayload(body.error));
    const { record, organiserKey } = await communities.create(
      body.data.name,
      body.data.description ?? '',
      body.data.meetingDefaults,
    );
    const created = newCommunityLinks(communityAddress(req, config, record), record, organiserKey);
    res.status(201).set('Cache-Control', 'no-store').json(created);
  });

  router.get('/api/communities/by-code/:code', limitedBy(budgets.lookups), async (req, res) => {
    const code = normaliseJoinCode(String(req.params.code));
    const record =
      code.length > 0 && code.length <= 32 ? await communities.findByInviteCode(code) : null;
    if (!record) return notFound(res);
    res.json({ id: record.id });
  });

  router.get('/api/communities/:id', async (req, res) => {
    let community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    if (isDomainError(actor)) return sendRefusal(res, actor);
    res.set('Cache-Control', 'no-store');
    const viewer = viewerOf(community.state, actor);
    if (!maySeeCommunity(viewer)) {
      const { id, name, description } = community.state;
      const preview: CommunityPreview = { id, name, description, me: null, isOrganiser: false };
      return res.json(preview);
    }
    // A conclusion lost to a crash or left to another node is made up for here.
    if (await conclusions.reconcile(community)) community = await loadFrom(req);
    if (!community) return notFound(res);
    const lookup: CommunityLookupResponse = {
      ...projectCommunity(community.state),
      ...viewer,
      inviteCode: community.record.inviteCode,
    };
    res.json(lookup);
  });

  const commandLimit = perIpLimit('community-command', config.rateLimits.communityCommands);
  router.post('/api/communities/:id/commands', commandLimit, async (req, res) => {
    const community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    const request = communityCommandRequestSchema.safeParse(req.body);
    const answer = (ack: CommandAck) => res.status(statusOf(ack)).json(ack);
    if (isDomainError(actor)) return answer({ ok: false, error: actor });
    if (!request.success) return answer({ ok: false, error: invalidPayload(request.error) });
    const { commandId, command } = request.data;
    // Scheduling makes a real meeting: it draws on the same budget as creating one.
    if (command.type === 'meeting:schedule' && !(await budgets.creations.take(req, res))) return;
    const uninvited = inviteRefusal(command, actor, hasInviteCode(req, community.record));
    if (uninvited) return answer({ ok: false, error: uninvited });
    const scopedId = senderCommandId(actor.tokenHash, commandId);
    answer(await communities.execute(community.record.id, scopedId, command, actor));
  });

  router.delete('/api/communities/:id', commandLimit, async (req, res) => {
    const community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    if (isDomainError(actor)) return sendRefusal(res, actor);
    const refused = deletionRefusal(actor);
    if (refused) return sendError(res, 401, refused);
    await communities.remove(community.record.id);
    res.status(204).end();
  });

  router.get('/api/communities/:id/search', commandLimit, async (req, res) => {
    const community = await loadFrom(req);
    if (!community) return notFound(res);
    const actor = actorOf(req, community);
    if (isDomainError(actor)) return sendRefusal(res, actor);
    if (!maySearch(viewerOf(community.state, actor))) {
      return sendRefusal(res, domainError(ErrorCode.NotJoined, 'join the community to search it'));
    }
    const query = searchQuerySchema.safeParse(req.query.q);
    if (!query.success) return sendRefusal(res, invalidPayload(query.error));
    const answer: CommunitySearchResponse = { hits: await search(community, query.data) };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  return router;
};
