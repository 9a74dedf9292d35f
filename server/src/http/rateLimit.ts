/** Per-IP limits on REST routes (creating meetings, looking up join codes): 429 RATE_LIMITED. */
import { domainError, ErrorCode } from '@percolate/shared';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.js';
import { sendError } from './httpErrors.js';

export const perIpLimit = (
  name: string,
  { points, durationSeconds }: RateLimit,
): RequestHandler => {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  return async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? 'unknown');
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      res.set('Retry-After', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))));
      sendError(res, 429, domainError(ErrorCode.RateLimited, 'too many requests, try again later'));
    }
  };
};
