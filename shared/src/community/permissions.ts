/**
 * Who may do what in a community, once for the rules (decide) and the page that offers the
 * controls. A viewer is the few fields both sides have: the server's actor with its member, the
 * client's lookup answer.
 */
import { type DomainError, domainError, ErrorCode } from '../domain/errors.js';
import type { CommunityCommand } from './commands.js';
import { INVITE_CODE_HEADER } from './http.js';
import { isUpcomingMeeting } from './meetingStatus.js';
import { memberOf } from './members.js';
import type {
  BacklogTopic,
  CommunityActor,
  CommunityState,
  MemberId,
  ScheduledMeeting,
} from './model.js';

export interface CommunityViewer {
  /** The active member the viewer is, if any. */
  me: MemberId | null;
  isOrganiser: boolean;
}

/** Members and organisers take part: see the whole community, bring topics, mark actions done, search. */
export const takesPart = (viewer: CommunityViewer): boolean =>
  viewer.isOrganiser || viewer.me !== null;

export const maySeeCommunity = takesPart;
export const mayAddBacklogTopic = takesPart;
export const mayMarkActionDone = takesPart;
export const maySearch = takesPart;

/** Its proposer (when not anonymous) and organisers. */
export const mayRemoveBacklogTopic = (
  viewer: CommunityViewer,
  topic: Pick<BacklogTopic, 'proposedBy'>,
): boolean => viewer.isOrganiser || (viewer.me !== null && topic.proposedBy === viewer.me);

/** Organisers into any meeting, a member into the meeting they are scheduled to facilitate. */
export const mayPull = (
  viewer: CommunityViewer,
  meeting: Pick<ScheduledMeeting, 'facilitatorId'>,
): boolean => viewer.isOrganiser || (viewer.me !== null && meeting.facilitatorId === viewer.me);

/** A meeting takes backlog topics until it has ended or was deleted. */
export const takesTopics = isUpcomingMeeting;

/** The viewer a command's sender is. */
export const viewerOf = (state: CommunityState, actor: CommunityActor): CommunityViewer => ({
  me: memberOf(state, actor)?.id ?? null,
  isOrganiser: actor.isOrganiser,
});

/**
 * Why this command may not run without the community's invite code, or null when it may: the
 * community's id alone lets nobody join; organisers hold the stronger key and need no code.
 */
export const inviteRefusal = (
  command: Pick<CommunityCommand, 'type'>,
  actor: Pick<CommunityActor, 'isOrganiser'>,
  hasInviteCode: boolean,
): DomainError | null =>
  command.type === 'member:join' && !actor.isOrganiser && !hasInviteCode
    ? domainError(ErrorCode.InviteRequired, `joining needs the invite code (${INVITE_CODE_HEADER})`)
    : null;

/** Why the sender may not delete the community, or null: only its organiser may. */
export const deletionRefusal = (actor: Pick<CommunityActor, 'isOrganiser'>): DomainError | null =>
  actor.isOrganiser ? null : domainError(ErrorCode.KeyRequired, 'organiser key required');
