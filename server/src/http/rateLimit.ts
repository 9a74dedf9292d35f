/** Per-IP limits on REST routes (creating meetings, looking up join codes, …): 429 RATE_LIMITED. */
import { domainError, ErrorCode } from '@percolate/shared';
import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.js';
import { sendError } from './httpErrors.js';

/** A budget per client address that one or several routes draw from. */
export interface IpBudget {
  /** Takes one point for this request; when none is left, answers 429 itself and says false. */
  take(req: Request, res: Response): Promise<boolean>;
}

export const ipBudget = (name: string, { points, durationSeconds }: RateLimit): IpBudget => {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  return {
    async take(req, res) {
      try {
        await limiter.consume(req.ip ?? 'unknown');
        return true;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        res.set('Retry-After', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))));
        sendError(
          res,
          429,
          domainError(ErrorCode.RateLimited, 'too many requests, try again later'),
        );
        return false;
      }
    },
  };
};

/** Middleware drawing on a budget (one of its own, or one shared with other routes). */
export const limitedBy =
  (budget: IpBudget): RequestHandler =>
  async (req, res, next) => {
    try {
      if (await budget.take(req, res)) next();
    } catch (error) {
      next(error);
    }
  };

export const perIpLimit = (name: string, limit: RateLimit): RequestHandler =>
  limitedBy(ipBudget(name, limit));

/** The budgets several routes share (see app.ts). */
export interface SharedBudgets {
  /** Creating a meeting or a community, and scheduling a community's meeting. */
  creations: IpBudget;
  /** Looking up a join code or an invite code. */
  lookups: IpBudget;
}
