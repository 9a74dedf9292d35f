/** A scheduled meeting is upcoming until it is concluded or deleted, whatever the clock says. */
import { isPastMeeting, isUpcomingMeeting, upcomingMeetingsOf } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { scheduled } from './builders.js';

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
