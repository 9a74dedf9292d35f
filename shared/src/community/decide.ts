/**
 * The rules of a community: whether a command is allowed for this actor, and what happened.
 * Organisers (the key holders) manage the rotation and the schedule; members bring topics.
 */
import type { DecideContext } from '../domain/actor.js';
import { assertNever } from '../domain/assertNever.js';
import { domainError, ErrorCode } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import type { CommunityCommand } from './commands.js';
import { decideMeetingDelete, decidePull, decideSchedule } from './decideMeetings.js';
import type { CommunityDecision } from './decision.js';
import { activeMember, forbidden, memberOf } from './members.js';
import type { CommunityActor, CommunityState } from './model.js';
import {
  mayAddBacklogTopic,
  mayMarkActionDone,
  mayRemoveBacklogTopic,
  takesPart,
  viewerOf,
} from './permissions.js';

export const decideCommunity = (
  state: CommunityState,
  command: CommunityCommand,
  actor: CommunityActor,
  ctx: DecideContext,
): CommunityDecision => {
  const me = memberOf(state, actor);
  const viewer = viewerOf(state, actor);
  switch (command.type) {
    case 'member:join': {
      if (actor.tokenHash === null) {
        return domainError(ErrorCode.InvalidPayload, 'joining needs a member token');
      }
      if (me) return domainError(ErrorCode.AlreadyJoined, 'already a member');
      // Members who left count too: a join/leave loop must not grow the community without bound.
      if (state.members.length >= LIMITS.maxParticipants) {
        return domainError(ErrorCode.TooMany, 'the community is full');
      }
      return [
        {
          type: 'member:joined',
          memberId: ctx.newId(),
          name: command.name,
          tokenHash: actor.tokenHash,
        },
      ];
    }
    case 'member:leave': {
      if (!actor.isOrganiser && me?.id !== command.memberId) {
        return forbidden('remove someone else');
      }
      if (!activeMember(state, command.memberId)) {
        return domainError(ErrorCode.MemberNotFound, 'no such member');
      }
      return [{ type: 'member:left', memberId: command.memberId }];
    }
    case 'rotation:set': {
      if (!actor.isOrganiser) return forbidden('change the rotation');
      if (new Set(command.memberIds).size !== command.memberIds.length) {
        return domainError(ErrorCode.InvalidPayload, 'a member appears twice in the rotation');
      }
      const unknown = command.memberIds.find((memberId) => !activeMember(state, memberId));
      if (unknown !== undefined) {
        return domainError(ErrorCode.MemberNotFound, `no such member: ${unknown}`);
      }
      return [{ type: 'rotation:set', memberIds: command.memberIds }];
    }
    case 'defaults:set': {
      if (!actor.isOrganiser) return forbidden('change the meeting defaults');
      const same = JSON.stringify(command.settings) === JSON.stringify(state.meetingDefaults);
      return same ? [] : [{ type: 'defaults:set', settings: command.settings }];
    }
    case 'meeting:schedule':
      return decideSchedule(state, command, actor, ctx);
    case 'meeting:delete':
      return decideMeetingDelete(state, command, actor);
    case 'backlog:pull':
      return decidePull(state, command, viewer);
    case 'backlog:add': {
      if (!mayAddBacklogTopic(viewer)) {
        return domainError(ErrorCode.NotJoined, 'join the community to bring topics');
      }
      if (state.backlog.length >= LIMITS.maxBacklogTopics) {
        return domainError(ErrorCode.TooMany, 'the backlog is full');
      }
      return [
        {
          type: 'backlog:added',
          topic: {
            id: ctx.newId(),
            title: command.title,
            description: command.description ?? '',
            proposedAt: ctx.now,
            proposedBy: command.anonymous || !me ? null : me.id,
            proposedByName: command.anonymous || !me ? null : me.name,
            history: [],
          },
        },
      ];
    }
    case 'backlog:remove': {
      // Permission before existence: a stranger learns nothing of which ids exist.
      if (!takesPart(viewer)) return forbidden('remove topics of a community you are not part of');
      const topic = state.backlog.find((each) => each.id === command.topicId);
      if (!topic) return domainError(ErrorCode.TopicNotFound, 'no such backlog topic');
      if (!mayRemoveBacklogTopic(viewer, topic)) return forbidden('remove topics of others');
      return [{ type: 'backlog:removed', topicId: command.topicId }];
    }
    case 'action:done': {
      if (!mayMarkActionDone(viewer)) {
        return domainError(ErrorCode.NotJoined, 'join the community to mark actions done');
      }
      if (!state.openActions.some((action) => action.id === command.actionId)) {
        return domainError(ErrorCode.ItemNotFound, 'no such open action');
      }
      return [{ type: 'action:done', actionId: command.actionId }];
    }
    default:
      return assertNever(command);
  }
};
