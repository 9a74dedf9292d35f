/**
 * When a community's meeting ends, the community learns its outcome once: undiscussed topics go
 * back to the backlog with their history, its action items become open actions (and are offered
 * to the other upcoming meetings), reviewed ones are done. Triggered after `meeting:ended`
 * commits, and reconciled whenever the community is read, so a crash or another node cannot lose
 * it. The fact id `concluded:<meetingId>` makes it happen once however often it is asked for.
 */
import { type CommunityDecision, concludeMeeting, replay } from '@percolate/shared';
import type { Logger } from '../logger.js';
import type { EventStore } from '../store/types.js';
import type { CommunityService, LoadedCommunity } from './communityService.js';

export interface ConclusionDeps {
  communities: CommunityService;
  store: EventStore;
  logger: Logger;
}

export const conclusions = ({ communities, store, logger }: ConclusionDeps) => {
  const conclude = async (communityId: string, meetingId: string): Promise<void> => {
    const record = await store.findMeeting(meetingId);
    if (record?.endedAt == null || record.communityId !== communityId) return;
    const endedAt = record.endedAt;
    const meeting = replay(meetingId, await store.loadEvents(meetingId));
    const ack = await communities.record(communityId, `concluded:${meetingId}`, ({ state }) => {
      const scheduled = state.meetings.find((each) => each.meetingId === meetingId);
      if (!scheduled || scheduled.outcome !== null || scheduled.deleted) return [];
      return [
        { type: 'meeting:concluded', meetingId, ...concludeMeeting(meeting, endedAt) },
      ] satisfies CommunityDecision;
    });
    if (!ack.ok) logger.warn('concluding a meeting failed', { meetingId, error: ack.error });
  };

  /** The scheduled meetings that ended without their conclusion reaching the community. */
  const reconcile = async ({ record, state }: LoadedCommunity): Promise<boolean> => {
    const open = state.meetings.filter((meeting) => meeting.outcome === null && !meeting.deleted);
    let concluded = false;
    for (const meeting of open) {
      const stored = await store.findMeeting(meeting.meetingId);
      if (stored?.endedAt == null) continue;
      await conclude(record.id, meeting.meetingId);
      concluded = true;
    }
    return concluded;
  };

  return { conclude, reconcile };
};

export type Conclusions = ReturnType<typeof conclusions>;
