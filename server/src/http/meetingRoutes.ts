/**
 * Creating a meeting and finding one: POST /api/meetings, GET /api/meetings/by-code/:joinCode,
 * GET /api/meetings/:id. The facilitator key is handed out once, inside the URL's fragment.
 */
import {
  type CreateMeetingResponse,
  domainError,
  ErrorCode,
  invalidPayload,
  LIMITS,
  type MeetingLookupResponse,
  meetingScheduleInputSchema,
  oneLine,
  settingsPatchSchema,
} from '@percolate/shared';
import { type Response, Router } from 'express';
import { z } from 'zod';
import { type FindMeetingCommunity, lookupCommunity } from '../communities/meetingCommunity.js';
import type { AppConfig } from '../config.js';
import type { MeetingRuntime } from '../meetings/meetingRuntime.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { sendError } from './httpErrors.js';
import { linkBase } from './linkBase.js';
import { limitedBy, type SharedBudgets } from './rateLimit.js';

export interface MeetingRouteDeps {
  meetings: MeetingService;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins' | 'rateLimits'>;
  /** The community that scheduled a meeting; none without communities. */
  findCommunity?: FindMeetingCommunity | undefined;
  budgets: SharedBudgets;
}

const createMeetingSchema = z.strictObject({
  title: oneLine(LIMITS.meetingTitle),
  settings: settingsPatchSchema.optional(),
  schedule: meetingScheduleInputSchema.optional(),
});

const lookupOf = async (
  runtime: MeetingRuntime,
  findCommunity: FindMeetingCommunity,
): Promise<MeetingLookupResponse> => {
  const community = await findCommunity(runtime.record);
  return {
    id: runtime.id,
    title: runtime.view.title,
    phase: runtime.view.phase,
    joinCode: runtime.record.joinCode,
    community: community ? lookupCommunity(community) : null,
  };
};

const notFound = (res: Response) =>
  sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no such meeting'));

export const meetingRoutes = ({
  meetings,
  config,
  findCommunity = async () => null,
  budgets,
}: MeetingRouteDeps): Router => {
  const router = Router();

  router.post('/api/meetings', limitedBy(budgets.creations), async (req, res) => {
    const body = createMeetingSchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, invalidPayload(body.error));
    const { title, settings, schedule } = body.data;
    const { record, facilitatorKey } = await meetings.create(title, settings, {
      ...(schedule ? { schedule } : {}),
    });
    const joinUrl = `${linkBase(req, config)}/m/${record.id}`;
    const created: CreateMeetingResponse = {
      id: record.id,
      joinCode: record.joinCode,
      joinUrl,
      facilitatorUrl: `${joinUrl}#key=${facilitatorKey}`,
    };
    res.status(201).set('Cache-Control', 'no-store').json(created);
  });

  router.get('/api/meetings/by-code/:joinCode', limitedBy(budgets.lookups), async (req, res) => {
    const { joinCode } = req.params;
    const record = typeof joinCode === 'string' ? await meetings.findByJoinCode(joinCode) : null;
    const runtime = record ? await meetings.open(record.id) : null;
    if (!runtime) return notFound(res);
    res.json(await lookupOf(runtime, findCommunity));
  });

  router.get('/api/meetings/:id', async (req, res) => {
    const runtime = req.params.id.length <= 64 ? await meetings.open(req.params.id) : null;
    if (!runtime) return notFound(res);
    res.json(await lookupOf(runtime, findCommunity));
  });

  return router;
};
