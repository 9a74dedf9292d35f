/**
 * Who sends a community request: `Authorization: Bearer <organiser key>` and/or `X-Member-Token`
 * (the browser's own secret, stored hashed). A wrong key or a malformed token is refused, not
 * ignored.
 */
import {
  type CommandAck,
  type CommunityActor,
  type DomainError,
  domainError,
  ErrorCode,
} from '@percolate/shared';
import type { Request, Response } from 'express';
import type { LoadedCommunity } from '../communities/communityService.js';
import { secretMatchesHash, sha256Hex } from '../secrets.js';
import { bearerToken } from './facilitatorKey.js';
import { sendError } from './httpErrors.js';

const MEMBER_TOKEN = /^[\w-]{16,128}$/;

export const actorOf = (req: Request, community: LoadedCommunity): CommunityActor | DomainError => {
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
  [ErrorCode.InviteRequired]: 403,
  [ErrorCode.CommunityNotFound]: 404,
};
export const statusOf = (ack: CommandAck): number =>
  ack.ok ? 200 : (STATUS[ack.error.code] ?? 409);

/** Answers a community route's refusal with the status its code calls for. */
export const sendRefusal = (res: Response, error: DomainError): void =>
  sendError(res, statusOf({ ok: false, error }), error);
