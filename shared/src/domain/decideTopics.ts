/** Proposing, editing, deleting and merging topics. */
import type { CommandOf } from './commands.js';
import type { Decision, RuleInput } from './decision.js';
import { atTable } from './discussionScope.js';
import { dotEntries } from './dotsMap.js';
import { type DomainError, domainError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';
import {
  type MeetingState,
  type Participant,
  type ParticipantId,
  Phase,
  type TableId,
  type Topic,
  TopicStatus,
} from './model.js';
import { mayChangeTopic } from './permissions.js';
import { PROPOSING_PHASES } from './phases.js';
import { lookup } from './records.js';
import { tableOf, tablesRunning } from './tables.js';
import { dotsOnTopic } from './votes.js';

/** The open topic with this id, or why it cannot be changed. */
export const openTopic = (state: MeetingState, topicId: string): Topic | DomainError => {
  const topic = lookup(state.topics, topicId);
  if (!topic) return domainError(ErrorCode.TopicNotFound, 'no such topic');
  if (topic.status !== TopicStatus.Open)
    return domainError(ErrorCode.TopicNotOpen, 'topic is not open');
  return topic;
};

const changeableTopic = (
  state: MeetingState,
  me: Participant,
  topicId: string,
): Topic | DomainError => {
  const topic = lookup(state.topics, topicId);
  if (!topic) return domainError(ErrorCode.TopicNotFound, 'no such topic');
  if (!mayChangeTopic(me, topic)) return domainError(ErrorCode.Forbidden, 'not your topic');
  return openTopic(state, topicId);
};

export const decidePropose = ({
  state,
  command,
  me,
  ctx,
}: RuleInput<CommandOf<'topic:propose'>>): Decision => {
  if (!PROPOSING_PHASES.includes(state.phase)) {
    return domainError(ErrorCode.WrongPhase, `no new topics in phase ${state.phase}`);
  }
  if (Object.keys(state.topics).length >= LIMITS.maxTopics) {
    return domainError(ErrorCode.TooMany, 'too many topics');
  }
  return [
    {
      type: 'topic:proposed',
      topicId: ctx.newId(),
      title: command.title,
      description: command.description ?? '',
      authorId: me.id,
      ...proposingTable(state, me.id),
    },
  ];
};

/** Mode 'own': a topic proposed by someone seated belongs to their table. */
const proposingTable = (state: MeetingState, me: ParticipantId): { tableId?: TableId } => {
  if (!tablesRunning(state.tables) || state.tables.mode !== 'own') return {};
  return atTable(tableOf(state.tables, me));
};

export const decideTopicEdit = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'topic:edit'>>): Decision => {
  const topic = changeableTopic(state, me, command.topicId);
  if ('code' in topic) return topic;
  const title = command.title ?? topic.title;
  const description = command.description ?? topic.description;
  if (title === topic.title && description === topic.description) return [];
  return [{ type: 'topic:edited', topicId: topic.id, title, description }];
};

/** Deleting a topic gives every dot on it back (evolve drops them). */
export const decideTopicDelete = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'topic:delete'>>): Decision => {
  const topic = changeableTopic(state, me, command.topicId);
  if ('code' in topic) return topic;
  return [{ type: 'topic:deleted', topicId: topic.id }];
};

/** While discussing, a topic closed too soon goes back to the front of the queue. */
export const decideReopen = ({
  state,
  command,
}: RuleInput<CommandOf<'topic:reopen'>>): Decision => {
  if (state.phase !== Phase.Discuss) return domainError(ErrorCode.WrongPhase, 'not discussing now');
  const topic = lookup(state.topics, command.topicId);
  if (!topic) return domainError(ErrorCode.TopicNotFound, 'no such topic');
  if (topic.status !== TopicStatus.Discussed) {
    return domainError(ErrorCode.TopicNotDiscussed, 'only a discussed topic can be reopened');
  }
  return [{ type: 'topic:reopened', topicId: topic.id }];
};

export const decideMerge = ({ state, command }: RuleInput<CommandOf<'topic:merge'>>): Decision => {
  const source = openTopic(state, command.sourceId);
  if ('code' in source) return source;
  const target = openTopic(state, command.targetId);
  if ('code' in target) return target;
  if (source.id === target.id) {
    return domainError(ErrorCode.MergeSameTopic, 'a topic cannot be merged into itself');
  }
  const moved: Record<ParticipantId, number> = {};
  const refunded: Record<ParticipantId, number> = {};
  for (const [participantId] of dotEntries(state.dots)) {
    const onSource = dotsOnTopic(state, participantId, source.id);
    if (onSource === 0) continue;
    const room = Math.max(
      0,
      state.settings.maxDotsPerTopic - dotsOnTopic(state, participantId, target.id),
    );
    const moving = Math.min(onSource, room);
    if (moving > 0) moved[participantId] = moving;
    if (onSource > moving) refunded[participantId] = onSource - moving;
  }
  return [{ type: 'topic:merged', sourceId: source.id, targetId: target.id, moved, refunded }];
};
