/** What anyone with the invite link sees of a community: no tokens, meetings split by time. */
import type { SettingsPatch } from '../domain/settingsSchema.js';
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
  /**
   * Not concluded and not deleted, whatever the clock says (it may run late or not have been
   * ended yet); soonest first.
   */
  upcomingMeetings: ScheduledMeeting[];
  /** Concluded or deleted; latest first. */
  pastMeetings: ScheduledMeeting[];
  /** Action items of ended meetings still open, oldest first. */
  openActions: OpenAction[];
  /** What every meeting scheduled starts with, over the app's own defaults. */
  meetingDefaults: SettingsPatch;
}

/** A meeting is past once it is concluded or deleted; until then it can still be held. */
export const isPastMeeting = (meeting: Pick<ScheduledMeeting, 'outcome' | 'deleted'>): boolean =>
  meeting.outcome !== null || meeting.deleted;

export const projectCommunity = (state: CommunityState): CommunityView => {
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
    upcomingMeetings: byStart.filter((meeting) => !isPastMeeting(meeting)),
    pastMeetings: byStart.filter(isPastMeeting).reverse(),
    openActions: state.openActions,
    meetingDefaults: state.meetingDefaults,
  };
};
