/**
 * What a community's meeting committing some events asks of the community: an action marked done
 * there is done for the community right away (not only when the meeting is concluded), and an
 * ended meeting is concluded. The server records them with fact ids, so each happens once however
 * often it is asked for; 'open' and 'carried' reviews wait for the conclusion.
 */
import type { MeetingEvent } from '../domain/events.js';
import type { CommunityEventBody } from './events.js';
import type { CommunityState } from './model.js';

export type CommunityOrder =
  /** Records `action:done` (`actionDoneIfOpen`) once under `factId`: that one review. */
  | { type: 'action:done'; communityId: string; factId: string; actionId: string }
  /** Records the meeting's conclusion, read from its log, once. */
  | { type: 'meeting:conclude'; communityId: string; meetingId: string };

/** The orders for a meeting's committed events; none for a meeting no community scheduled. */
export const reactToMeetingEvents = (
  meeting: { id: string; communityId: string | null },
  events: readonly MeetingEvent[],
): CommunityOrder[] => {
  const { id: meetingId, communityId } = meeting;
  if (communityId === null) return [];
  return events.flatMap((event): CommunityOrder[] => {
    if (event.type === 'action:reviewed' && event.status === 'done') {
      const factId = `reviewed:${meetingId}:${event.actionId}:${event.seq}`;
      return [{ type: 'action:done', communityId, factId, actionId: event.actionId }];
    }
    if (event.type === 'meeting:ended')
      return [{ type: 'meeting:conclude', communityId, meetingId }];
    return [];
  });
};

/**
 * `action:done` while the action is still open; nothing once it is done already (on the
 * community page, or by the community's word passed on).
 */
export const actionDoneIfOpen = (state: CommunityState, actionId: string): CommunityEventBody[] =>
  state.openActions.some((action) => action.id === actionId)
    ? [{ type: 'action:done', actionId }]
    : [];
