/** What anyone with the invite link sees of a community: no tokens, meetings split by time. */
import type { BacklogTopic, CommunityState, MemberId, ScheduledMeeting } from './model.js';

export interface CommunityView {
  id: string;
  name: string;
  description: string;
  createdAt: number;
  members: { id: MemberId; name: string; joinedAt: number }[];
  /** The rotation without members who left. */
  rotation: MemberId[];
  backlog: BacklogTopic[];
  /** Soonest first. */
  upcomingMeetings: ScheduledMeeting[];
  /** Latest first. */
  pastMeetings: ScheduledMeeting[];
}

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
    backlog: state.backlog,
    upcomingMeetings: byStart.filter((meeting) => Date.parse(meeting.startsAt) >= now),
    pastMeetings: byStart.filter((meeting) => Date.parse(meeting.startsAt) < now).reverse(),
  };
};
