/**
 * The rules for a community's meetings: scheduling and deleting them (organisers), and pulling
 * backlog topics into one (organisers, or the member scheduled to facilitate it).
 */

import type { DecideContext } from '../domain/actor.js';
import { type DomainError, domainError, ErrorCode } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import type { CommunityCommand } from './commands.js';
import type { CommunityDecision } from './decision.js';
import { activeMember, forbidden } from './members.js';
import {
  type CommunityActor,
  type CommunityState,
  DEFAULT_MEETING_MINUTES,
  type ScheduledMeeting,
} from './model.js';
import { type CommunityViewer, mayPull, takesPart, takesTopics } from './permissions.js';
import { suggestedFacilitator } from './rotation.js';

type CommandOf<T extends CommunityCommand['type']> = Extract<CommunityCommand, { type: T }>;

const meetingById = (state: CommunityState, meetingId: string): ScheduledMeeting | DomainError =>
  state.meetings.find((meeting) => meeting.meetingId === meetingId) ??
  domainError(ErrorCode.MeetingNotFound, 'no such meeting in this community');

export const decideSchedule = (
  state: CommunityState,
  command: CommandOf<'meeting:schedule'>,
  actor: CommunityActor,
  ctx: DecideContext,
): CommunityDecision => {
  if (!actor.isOrganiser) return forbidden('schedule meetings');
  if (state.meetings.length >= LIMITS.maxScheduledMeetings) {
    return domainError(ErrorCode.TooMany, 'too many meetings');
  }
  const chosen = command.facilitatorId;
  if (chosen != null && !activeMember(state, chosen)) {
    return domainError(ErrorCode.MemberNotFound, `no such member: ${chosen}`);
  }
  const meetingId = ctx.newId();
  if (state.meetings.some((meeting) => meeting.meetingId === meetingId)) {
    return domainError(ErrorCode.MeetingAlreadyScheduled, 'meeting already scheduled');
  }
  return [
    {
      type: 'meeting:scheduled',
      meeting: {
        meetingId,
        title: command.title,
        startsAt: command.startsAt,
        durationMinutes: command.durationMinutes ?? DEFAULT_MEETING_MINUTES,
        videoUrl: command.videoUrl ?? null,
        settings: { ...state.meetingDefaults, ...command.settings },
        facilitatorId: chosen === undefined ? suggestedFacilitator(state) : chosen,
        scheduledAt: ctx.now,
        outcome: null,
        deleted: false,
      },
    },
  ];
};

/** Deleting twice changes nothing the second time. */
export const decideMeetingDelete = (
  state: CommunityState,
  command: CommandOf<'meeting:delete'>,
  actor: CommunityActor,
): CommunityDecision => {
  if (!actor.isOrganiser) return forbidden('delete meetings');
  const meeting = meetingById(state, command.meetingId);
  if ('code' in meeting) return meeting;
  return meeting.deleted ? [] : [{ type: 'meeting:removed', meetingId: meeting.meetingId }];
};

export const decidePull = (
  state: CommunityState,
  command: CommandOf<'backlog:pull'>,
  viewer: CommunityViewer,
): CommunityDecision => {
  // Permission before existence: a stranger learns nothing of which ids exist.
  if (!takesPart(viewer)) return forbidden('pull topics in a community you are not part of');
  const meeting = meetingById(state, command.meetingId);
  if ('code' in meeting) return meeting;
  if (!mayPull(viewer, meeting)) {
    return domainError(
      ErrorCode.Forbidden,
      "only organisers and the meeting's facilitator may pull topics into it",
    );
  }
  if (!takesTopics(meeting)) {
    return meeting.deleted
      ? domainError(ErrorCode.MeetingNotFound, 'the meeting was deleted')
      : domainError(ErrorCode.MeetingEnded, 'the meeting has ended');
  }
  if (new Set(command.topicIds).size !== command.topicIds.length) {
    return domainError(ErrorCode.InvalidPayload, 'a topic appears twice');
  }
  const missing = command.topicIds.find(
    (topicId) => !state.backlog.some((topic) => topic.id === topicId),
  );
  if (missing !== undefined) {
    return domainError(ErrorCode.TopicNotFound, `not in the backlog: ${missing}`);
  }
  return [{ type: 'backlog:pulled', meetingId: meeting.meetingId, topicIds: command.topicIds }];
};
