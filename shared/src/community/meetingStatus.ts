/** Where a community's scheduled meeting stands: still to be held, or past. */
import type { CommunityState, ScheduledMeeting } from './model.js';

type Status = Pick<ScheduledMeeting, 'outcome' | 'deleted'>;

/** A meeting is past once it is concluded or deleted; until then it can still be held. */
export const isPastMeeting = (meeting: Status): boolean =>
  meeting.outcome !== null || meeting.deleted;

/**
 * Not concluded and not deleted, whatever the clock says: it may still be held, take backlog
 * topics and review the community's actions.
 */
export const isUpcomingMeeting = (meeting: Status): boolean => !isPastMeeting(meeting);

/** The community's upcoming meetings but `except` (one that just ended and is not concluded yet). */
export const upcomingMeetingsOf = (
  state: Pick<CommunityState, 'meetings'>,
  except: string | null = null,
): ScheduledMeeting[] =>
  state.meetings.filter((meeting) => meeting.meetingId !== except && isUpcomingMeeting(meeting));
