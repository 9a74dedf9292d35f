/**
 * REST routes that need the facilitator: `Authorization: Bearer <facilitator key>`, checked
 * against the meeting's stored hash in constant time.
 */
import { domainError, ErrorCode } from '@percolate/shared';
import type { Request, RequestHandler } from 'express';
import { secretMatchesHash } from '../secrets.js';
import type { EventStore } from '../store/types.js';
import { sendError } from './httpErrors.js';

const BEARER = /^Bearer\s+(\S{1,256})$/i;

export const bearerToken = (req: Request): string | null =>
  BEARER.exec(req.headers.authorization ?? '')?.[1] ?? null;

/** Whether the request carries the facilitator key of this meeting. */
export const hasFacilitatorKey = async (
  store: EventStore,
  req: Request,
  meetingId: string,
): Promise<boolean> => {
  const key = bearerToken(req);
  if (key === null) return false;
  const meeting = await store.findMeeting(meetingId);
  return meeting !== null && secretMatchesHash(key, meeting.facilitatorKeyHash);
};

/** Guards a route with an `:id` parameter: 401 without a key, 403 with a wrong one. */
export const requireFacilitatorKey =
  (store: EventStore): RequestHandler =>
  async (req, res, next) => {
    const meetingId = req.params.id;
    if (typeof meetingId !== 'string') return next(new Error('route has no :id parameter'));
    if (bearerToken(req) === null) {
      return sendError(res, 401, domainError(ErrorCode.KeyRequired, 'facilitator key required'));
    }
    if (!(await hasFacilitatorKey(store, req, meetingId))) {
      return sendError(res, 403, domainError(ErrorCode.Forbidden, 'not the facilitator key'));
    }
    next();
  };
