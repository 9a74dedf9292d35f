/**
 * A community moving between servers: GET /api/communities/:id/archive (its organiser downloads
 * the whole community as one JSON archive) and POST /api/communities/import (another server
 * takes it in as a new community). The import's body may be far larger than any other, so this
 * router reads it itself, after the creation gate and budget, and is mounted before the small
 * JSON parser of the other routes.
 */
import {
  COMMUNITY_ARCHIVE_MAX_BYTES,
  COMMUNITY_ARCHIVE_MAX_MEGABYTES,
  communityArchiveFileName,
  domainError,
  ErrorCode,
  type ImportCommunityResponse,
  parseCommunityArchive,
} from '@percolate/shared';
import express, { type RequestHandler, Router } from 'express';
import type { Clock } from '../clock.js';
import { archiveOf, importArchive } from '../communities/communityArchive.js';
import type { CommunityService } from '../communities/communityService.js';
import type { Conclusions } from '../communities/conclusion.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import { secretMatchesHash } from '../secrets.js';
import type { CommunityStore, EventStore } from '../store/types.js';
import { communityAddress, newCommunityLinks } from './communityLinks.js';
import { bearerToken } from './facilitatorKey.js';
import { bodyErrorType, sendError } from './httpErrors.js';
import { limitedBy, perIpLimit, type SharedBudgets } from './rateLimit.js';

export const COMMUNITY_IMPORT_PATH = '/api/communities/import';

export interface CommunityArchiveRouteDeps {
  communities: CommunityService;
  conclusions: Conclusions;
  store: EventStore;
  communityStore: CommunityStore;
  clock: Clock;
  ids: Ids;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins' | 'rateLimits'>;
  budgets: SharedBudgets;
  /** Who may create on this server (an import creates a community). */
  creationGate: RequestHandler;
}

/** The archive's JSON, with a refusal that names the limit when it is larger. */
const archiveBody = (): RequestHandler => {
  const parse = express.json({ limit: COMMUNITY_ARCHIVE_MAX_BYTES });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (bodyErrorType(error) !== 'entity.too.large') return next(error);
      sendError(
        res,
        413,
        domainError(
          ErrorCode.InvalidPayload,
          `an archive is at most ${COMMUNITY_ARCHIVE_MAX_MEGABYTES} MB`,
        ),
      );
    });
};

const forbidden = domainError(ErrorCode.Forbidden, 'not the organiser key');

export const communityArchiveRoutes = (deps: CommunityArchiveRouteDeps): Router => {
  const { communities, conclusions, store, communityStore, clock, ids, config } = deps;
  const router = Router();

  const exportLimit = perIpLimit('community-archive', config.rateLimits.communityCommands);
  router.get('/api/communities/:id/archive', exportLimit, async (req, res) => {
    const key = bearerToken(req);
    if (key === null) {
      return sendError(res, 401, domainError(ErrorCode.KeyRequired, 'organiser key required'));
    }
    const id = String(req.params.id);
    const found = id.length <= 64 ? await communities.load(id) : null;
    // Permission before existence: a key that opens no community here is refused alike.
    if (!found || !secretMatchesHash(key, found.record.organiserKeyHash)) {
      return sendError(res, 403, forbidden);
    }
    // A meeting that ended without the community hearing of it moves as held, with its minutes.
    const community = (await conclusions.reconcile(found)) ? await communities.load(id) : found;
    if (!community) return sendError(res, 403, forbidden);
    const archive = await archiveOf(store, community, clock.now());
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${communityArchiveFileName(archive)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.status(200).send(JSON.stringify(archive));
  });

  router.post(
    COMMUNITY_IMPORT_PATH,
    deps.creationGate,
    limitedBy(deps.budgets.creations),
    archiveBody(),
    async (req, res) => {
      const parsed = parseCommunityArchive(req.body);
      if (!parsed.ok) return sendError(res, 400, parsed.error);
      const imported = await importArchive({ store: communityStore, clock, ids }, parsed.archive);
      const address = communityAddress(req, config, imported.record);
      const answer: ImportCommunityResponse = {
        ...newCommunityLinks(address, imported.record, imported.organiserKey),
        memberLinks: imported.members.map(({ memberId, name, token }) => ({
          memberId,
          name,
          url: `${address}#member=${token}`,
        })),
      };
      res.status(201).set('Cache-Control', 'no-store').json(answer);
    },
  );

  return router;
};
