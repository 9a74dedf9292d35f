/**
 * Read-only links to the minutes, for absentees, managed by the facilitator (their key, or in a
 * community's meeting the organiser key):
 * POST /api/meetings/:id/minutes-links → 201 { linkId, url } (the secret is in the URL's
 * fragment and shown only this once), GET … → the live links, DELETE …/:linkId → 204.
 * Links go through the meeting's log like any command, so every server node honours a revocation.
 */
import {
  type CommandAck,
  type CreatedMinutesLink,
  type DomainError,
  domainError,
  ErrorCode,
  type MinutesLinkList,
  replay,
  type SystemCommand,
} from '@percolate/shared';
import { type Response, Router } from 'express';
import { nanoid } from 'nanoid';
import type { FindMeetingCommunity } from '../communities/meetingCommunity.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { sha256Hex } from '../secrets.js';
import type { EventStore } from '../store/types.js';
import { requireFacilitatorKey } from './facilitatorKey.js';
import { sendError } from './httpErrors.js';
import { linkBase } from './linkBase.js';
import { holdsFacilitatorSecret } from './minutesAccess.js';

export interface MinutesLinkRouteDeps {
  store: EventStore;
  findCommunity?: FindMeetingCommunity | undefined;
  meetings: MeetingService;
  ids: Pick<Ids, 'entityId'>;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>;
}

/** 32 nanoid characters: 192 bits, like the facilitator key. */
const SECRET_LENGTH = 32;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.MinutesLinkNotFound]: 404,
  [ErrorCode.MeetingNotFound]: 404,
  [ErrorCode.TooMany]: 409,
};

const refuse = (res: Response, error: DomainError): void =>
  sendError(res, STATUS_OF[error.code] ?? 500, error);

export const minutesLinkRoutes = ({
  store,
  findCommunity,
  meetings,
  ids,
  config,
}: MinutesLinkRouteDeps): Router => {
  const router = Router();
  const facilitatorOnly = requireFacilitatorKey(holdsFacilitatorSecret(store, findCommunity));

  /** Runs the command in the meeting's runtime and resolves once it is stored (or refused). */
  const dispatch = async (meetingId: string, command: SystemCommand): Promise<CommandAck> => {
    const runtime = await meetings.open(meetingId);
    if (!runtime) {
      return { ok: false, error: domainError(ErrorCode.MeetingNotFound, 'no such meeting') };
    }
    return new Promise((resolve) => runtime.dispatch(command, { kind: 'system' }, resolve));
  };

  router.post('/api/meetings/:id/minutes-links', facilitatorOnly, async (req, res) => {
    const meetingId = String(req.params.id);
    const secret = nanoid(SECRET_LENGTH);
    const linkId = ids.entityId();
    const ack = await dispatch(meetingId, {
      type: 'minutesLink:create',
      linkId,
      secretHash: sha256Hex(secret),
    });
    if (!ack.ok) return refuse(res, ack.error);
    const url = `${linkBase(req, config)}/m/${encodeURIComponent(meetingId)}/minutes#view=${secret}`;
    const created: CreatedMinutesLink = { linkId, url };
    res.status(201).set('Cache-Control', 'no-store').json(created);
  });

  router.get('/api/meetings/:id/minutes-links', facilitatorOnly, async (req, res) => {
    const meetingId = String(req.params.id);
    const state = replay(meetingId, await store.loadEvents(meetingId));
    const list: MinutesLinkList = {
      links: Object.values(state.minutesLinks)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((link) => ({ linkId: link.id, createdAt: link.createdAt })),
    };
    res.set('Cache-Control', 'no-store').json(list);
  });

  router.delete('/api/meetings/:id/minutes-links/:linkId', facilitatorOnly, async (req, res) => {
    const ack = await dispatch(String(req.params.id), {
      type: 'minutesLink:revoke',
      linkId: String(req.params.linkId),
    });
    if (!ack.ok) return refuse(res, ack.error);
    res.status(204).end();
  });

  return router;
};
