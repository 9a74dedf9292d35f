/**
 * GET /api/meetings/:id/calendar.ics: a meeting as a calendar entry (its page as URL, the video
 * link as location): a community's meeting as the community scheduled it, a one-off meeting when
 * its creator gave a date and time. Others answer 404.
 */
import { domainError, ErrorCode, type MeetingSchedule, toICalendar } from '@percolate/shared';
import { Router } from 'express';
import type { Clock } from '../clock.js';
import type { FindMeetingCommunity } from '../communities/meetingCommunity.js';
import type { AppConfig } from '../config.js';
import type { MeetingRuntime } from '../meetings/meetingRuntime.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { sendError } from './httpErrors.js';
import { linkBase } from './linkBase.js';

export interface CalendarRouteDeps {
  meetings: MeetingService;
  /** The community that scheduled a meeting; none without communities. */
  findCommunity?: FindMeetingCommunity | undefined;
  clock: Clock;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>;
}

interface CalendarEntry extends MeetingSchedule {
  title: string;
  description: string;
}

const entryOf = async (
  runtime: MeetingRuntime,
  findCommunity: FindMeetingCommunity | undefined,
): Promise<CalendarEntry | null> => {
  const found = findCommunity ? await findCommunity(runtime.record) : null;
  if (found) {
    const { title, startsAt, durationMinutes, videoUrl } = found.scheduled;
    return { title, description: found.community.state.name, startsAt, durationMinutes, videoUrl };
  }
  const { schedule, title } = runtime.view;
  return schedule ? { ...schedule, title, description: '' } : null;
};

export const calendarRoutes = ({ meetings, findCommunity, clock, config }: CalendarRouteDeps) => {
  const router = Router();
  router.get('/api/meetings/:id/calendar.ics', async (req, res) => {
    const runtime = req.params.id.length <= 64 ? await meetings.open(req.params.id) : null;
    const entry = runtime ? await entryOf(runtime, findCommunity) : null;
    if (!runtime || !entry) {
      return sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no scheduled meeting'));
    }
    const base = linkBase(req, config);
    const calendar = toICalendar({
      uid: `${runtime.id}@percolate`,
      title: entry.title,
      description: entry.description,
      startsAt: entry.startsAt,
      durationMinutes: entry.durationMinutes,
      url: base === '' ? null : `${base}/m/${runtime.id}`,
      videoUrl: entry.videoUrl,
      now: clock.now(),
    });
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${runtime.id}.ics"`,
      'Cache-Control': 'no-store',
    });
    res.send(calendar);
  });
  return router;
};
