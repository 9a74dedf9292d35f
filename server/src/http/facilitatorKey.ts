/** REST routes that need the facilitator: `Authorization: Bearer <facilitator key>`. */
import { domainError, ErrorCode } from '@percolate/shared';
import type { Request, RequestHandler } from 'express';
import { sendError } from './httpErrors.js';

const BEARER = /^Bearer\s+(\S{1,256})$/i;

export const bearerToken = (req: Request): string | null =>
  BEARER.exec(req.headers.authorization ?? '')?.[1] ?? null;

/**
 * Guards a route with an `:id` parameter: 401 without a key, 403 with a wrong one. The key is the
 * meeting's facilitator key or, in a community's meeting, the community's organiser key.
 */
export const requireFacilitatorKey =
  (isFacilitatorSecret: (meetingId: string, secret: string) => Promise<boolean>): RequestHandler =>
  async (req, res, next) => {
    const meetingId = req.params.id;
    if (typeof meetingId !== 'string') return next(new Error('route has no :id parameter'));
    const key = bearerToken(req);
    if (key === null) {
      return sendError(res, 401, domainError(ErrorCode.KeyRequired, 'facilitator key required'));
    }
    if (!(await isFacilitatorSecret(meetingId, key))) {
      return sendError(res, 403, domainError(ErrorCode.Forbidden, 'not the facilitator key'));
    }
    next();
  };
