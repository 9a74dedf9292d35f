/**
 * When a community's meeting ends, the community learns its outcome once: undiscussed topics go
 * back to the backlog with their history, its action items become open actions (and are offered
 * to the other upcoming meetings), reviewed ones are done. Triggered after `meeting:ended`
 * commits, and reconciled whenever the community is read, so a crash or another node cannot lose
 * it. The fact id `concluded:<meetingId>` makes it happen once however often it is asked for.
 * A meeting deleted before that is concluded in the same append as its removal, so nothing
 * pulled into it or written in it is lost with it.
 */
import {
  type CommunityEventBody,
  type CommunityState,
  concludeMeeting,
  isDomainError,
  isPastMeeting,
  replay,
  upcomingMeetingsOf,
} from '@percolate/shared';
import type { Logger } from '../logger.js';
import type { EventStore } from '../store/types.js';
import type { CommunityService, Completion, LoadedCommunity } from './communityService.js';

export interface ConclusionDeps {
  communities: CommunityService;
  store: EventStore;
  logger: Logger;
}

/**
 * The conclusion of a scheduled meeting that has none yet and is not deleted, read from its
 * stored log; null when there is nothing to conclude. A meeting that has not ended is concluded
 * as of `unendedAt` (it is being deleted), or not at all when that is null.
 */
const concludedEvent = async (
  store: EventStore,
  state: CommunityState,
  meetingId: string,
  unendedAt: number | null,
): Promise<CommunityEventBody | null> => {
  const scheduled = state.meetings.find((each) => each.meetingId === meetingId);
  if (!scheduled || isPastMeeting(scheduled)) return null;
  const record = await store.findMeeting(meetingId);
  if (!record || record.communityId !== state.id) return null;
  const endedAt = record.endedAt ?? unendedAt;
  if (endedAt === null) return null;
  const meeting = replay(meetingId, await store.loadEvents(meetingId));
  return { type: 'meeting:concluded', meetingId, ...concludeMeeting(meeting, endedAt) };
};

/** Puts a meeting's conclusion (as of now if it has not ended) right before its removal. */
export const concludeBeforeRemoval =
  (store: EventStore): Completion =>
  async ({ state }, decision, now) => {
    if (isDomainError(decision)) return decision;
    const completed: CommunityEventBody[] = [];
    for (const event of decision) {
      if (event.type === 'meeting:removed') {
        const concluded = await concludedEvent(store, state, event.meetingId, now);
        if (concluded) completed.push(concluded);
      }
      completed.push(event);
    }
    return completed;
  };

export const conclusions = ({ communities, store, logger }: ConclusionDeps) => {
  const conclude = async (communityId: string, meetingId: string): Promise<void> => {
    // Only an ended meeting: the fact id must not be spent on one that is still running.
    const record = await store.findMeeting(meetingId);
    if (record?.endedAt == null || record.communityId !== communityId) return;
    // Read inside the community's turn, so a pull that was under way is in the meeting's log.
    const ack = await communities.record(
      communityId,
      `concluded:${meetingId}`,
      async ({ state }) => {
        const concluded = await concludedEvent(store, state, meetingId, null);
        return concluded ? [concluded] : [];
      },
    );
    if (!ack.ok) logger.warn('concluding a meeting failed', { meetingId, error: ack.error });
  };

  /** The scheduled meetings that ended without their conclusion reaching the community. */
  const reconcile = async ({ record, state }: LoadedCommunity): Promise<boolean> => {
    let concluded = false;
    for (const meeting of upcomingMeetingsOf(state)) {
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
