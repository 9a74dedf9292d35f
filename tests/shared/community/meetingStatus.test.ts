/** A scheduled meeting is upcoming until it is concluded or deleted, whatever the clock says. */
import type { ScheduledMeeting } from '@percolate/shared';
import { isPastMeeting, isUpcomingMeeting, upcomingMeetingsOf } from '@percolate/shared';
import { describe, expect, it } from 'vitest';

const scheduled = (
  meetingId: string,
  status: Partial<Pick<ScheduledMeeting, 'outcome' | 'deleted'>> = {},
): ScheduledMeeting => ({
  meetingId,
  title: meetingId,
  startsAt: '2026-11-23T10:00:00+01:00',
  durationMinutes: 60,
  videoUrl: null,
  facilitatorId: null,
  scheduledAt: 0,
  outcome: null,
  deleted: false,
  ...status,
});

const concluded = { outcome: { endedAt: 0, discussed: [], carriedOver: 0 } };

describe('upcoming and past meetings', () => {
  it('calls a meeting upcoming until it is concluded or deleted', () => {
    const meetings = [
      scheduled('open'),
      scheduled('ended', concluded),
      scheduled('gone', { deleted: true }),
    ];
    expect(meetings.map(isUpcomingMeeting)).toEqual([true, false, false]);
    expect(meetings.map(isPastMeeting)).toEqual([false, true, true]);
  });

  it("lists the community's upcoming meetings but the one excepted", () => {
    const meetings = [scheduled('a'), scheduled('b'), scheduled('c', { deleted: true })];
    expect(upcomingMeetingsOf({ meetings }).map((m) => m.meetingId)).toEqual(['a', 'b']);
    expect(upcomingMeetingsOf({ meetings }, 'a').map((m) => m.meetingId)).toEqual(['b']);
  });
});
