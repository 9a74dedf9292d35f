/** What anyone with the invite link sees of a community: no tokens, meetings split by time. */
import type {
  BacklogTopic,
  CommunityState,
  MemberId,
  OpenAction,
  ScheduledMeeting,
} from './model.js';
import { suggestedFacilitator } from './rotation.js';

export interface CommunityView {
  id: string;
  name: string;
  description: string;
  createdAt: number;
  members: { id: MemberId; name: string; joinedAt: number }[];
  /** The rotation without members who left. */
  rotation: MemberId[];
  /** Who the rotation suggests for the next meeting scheduled now. */
  suggestedFacilitatorId: MemberId | null;
  backlog: BacklogTopic[];
  /** Not ended, not deleted and not over by the clock; soonest first. */
  upcomingMeetings: ScheduledMeeting[];
  /** Ended, deleted or over by the clock; latest first. */
  pastMeetings: ScheduledMeeting[];
  /** Action items of ended meetings still open, oldest first. */
  openActions: OpenAction[];
}

/** A meeting is past once it ended, was deleted, or its scheduled time is over. */
export const isPastMeeting = (meeting: ScheduledMeeting, now: number): boolean =>
  meeting.outcome !== null ||
  meeting.deleted ||
  Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000 <= now;

export const projectCommunity = (state: CommunityState, now: number): CommunityView => {
  const active = state.members.filter((member) => !member.left);
  const activeIds = new Set(active.map((member) => member.id));
  const byStart = [...state.meetings].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
  return {
    id: state.id,
    name: state.name,
    description: state.description,
    createdAt: state.createdAt,
    members: active.map(({ id, name, joinedAt }) => ({ id, name, joinedAt })),
    rotation: state.rotation.filter((memberId) => activeIds.has(memberId)),
    suggestedFacilitatorId: suggestedFacilitator(state),
    backlog: state.backlog,
    upcomingMeetings: byStart.filter((meeting) => !isPastMeeting(meeting, now)),
    pastMeetings: byStart.filter((meeting) => isPastMeeting(meeting, now)).reverse(),
    openActions: state.openActions,
  };
};
