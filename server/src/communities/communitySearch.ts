/**
 * Searching a community: its backlog and the Markdown minutes of its past meetings that still
 * exist, rendered with the shared renderer in each meeting's own language.
 */
import {
  type CommunityView,
  minutes,
  minutesMarkdown,
  projectCommunity,
  type SearchHit,
  searchCommunity,
} from '@percolate/shared';
import type { EventStore } from '../store/types.js';
import type { LoadedCommunity } from './communityService.js';

export const searchInCommunity = async (
  store: EventStore,
  { state }: LoadedCommunity,
  query: string,
  now: number,
): Promise<SearchHit[]> => {
  const view: CommunityView = projectCommunity(state);
  const past = view.pastMeetings.filter((meeting) => !meeting.deleted);
  const meetings = [];
  for (const meeting of past) {
    const events = await store.loadEvents(meeting.meetingId);
    if (events.length === 0) continue;
    meetings.push({ meeting, minutesText: minutesMarkdown(minutes(events, { now })) });
  }
  return searchCommunity(query, { backlog: state.backlog, meetings });
};
