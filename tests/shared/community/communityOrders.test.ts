/** What a community's meeting committing some events asks of its community. */
import { actionDoneIfOpen, type MeetingEvent, reactToMeetingEvents } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { EARLIER_ACTION } from '../../helpers/community.js';
import { newCommunity } from './builders.js';

const committed = (seq: number, body: Record<string, unknown>) =>
  ({ ...body, seq, at: 0, commandId: `c${seq}` }) as MeetingEvent;

const reviewed = (seq: number, status: string) =>
  committed(seq, { type: 'action:reviewed', actionId: 'act1', status });

describe("what a meeting's events ask of its community", () => {
  const meeting = { id: 'm1', communityId: 'c1' };

  it('records an action reviewed done once for that review, and concludes an ended meeting', () => {
    const events = [
      reviewed(7, 'done'),
      reviewed(8, 'carried'),
      committed(9, { type: 'meeting:ended' }),
    ];
    expect(reactToMeetingEvents(meeting, events)).toEqual([
      { type: 'action:done', communityId: 'c1', factId: 'reviewed:m1:act1:7', actionId: 'act1' },
      { type: 'meeting:conclude', communityId: 'c1', meetingId: 'm1' },
    ]);
  });

  it('asks nothing for a meeting no community scheduled', () => {
    const events = [reviewed(7, 'done'), committed(8, { type: 'meeting:ended' })];
    expect(reactToMeetingEvents({ id: 'm1', communityId: null }, events)).toEqual([]);
  });
});

describe('an action done for the community', () => {
  it('is done only while it is still open', () => {
    const open = { ...newCommunity(), openActions: [EARLIER_ACTION] };
    expect(actionDoneIfOpen(open, 'act1')).toEqual([{ type: 'action:done', actionId: 'act1' }]);
    expect(actionDoneIfOpen(newCommunity(), 'act1')).toEqual([]);
  });
});
