/**
 * GET /api/meetings/:id/calendar.ics: a community meeting as a calendar entry (its page as URL,
 * the video link as location). One-off meetings have no schedule, so they answer 404.
 */
import { domainError, ErrorCode, toICalendar } from '@percolate/shared';
import { Router } from 'express';
import type { Clock } from '../clock.js';
import type { FindMeetingCommunity } from '../communities/meetingCommunity.js';
import type { AppConfig } from '../config.js';
import type { EventStore } from '../store/types.js';
import { sendError } from './httpErrors.js';
import { linkBase } from './linkBase.js';

export interface CalendarRouteDeps {
  store: EventStore;
  findCommunity: FindMeetingCommunity;
  clock: Clock;
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>;
}

export const calendarRoutes = ({ store, findCommunity, clock, config }: CalendarRouteDeps) => {
  const router = Router();
  router.get('/api/meetings/:id/calendar.ics', async (req, res) => {
    const record = req.params.id.length <= 64 ? await store.findMeeting(req.params.id) : null;
    const found = record ? await findCommunity(record) : null;
    if (!found) {
      return sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no scheduled meeting'));
    }
    const { community, scheduled } = found;
    const base = linkBase(req, config);
    const calendar = toICalendar({
      uid: `${scheduled.meetingId}@percolate`,
      title: scheduled.title,
      description: community.state.name,
      startsAt: scheduled.startsAt,
      durationMinutes: scheduled.durationMinutes,
      url: base === '' ? null : `${base}/m/${scheduled.meetingId}`,
      videoUrl: scheduled.videoUrl,
      now: clock.now(),
    });
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${scheduled.meetingId}.ics"`,
      'Cache-Control': 'no-store',
    });
    res.send(calendar);
  });
  return router;
};
