/** Dot voting and the discussion order it produces. */
import type { CommandOf } from './commands.js';
import { openTopic } from './decideTopics.js';
import type { Decision, RuleInput } from './decision.js';
import { type DomainError, domainError, ErrorCode } from './errors.js';
import type { EventBody } from './events.js';
import {
  type MeetingState,
  type ParticipantId,
  Phase,
  type TableId,
  type Topic,
  type TopicId,
} from './model.js';
import { isVotingOpen, isVotingPhase } from './phases.js';
import { tableOf, tablesInOrder, tablesRunning } from './tables.js';
import { dotsLeft, dotsOnTopic, queueByDots } from './votes.js';

const votingRefusal = (state: MeetingState): DomainError | null => {
  if (isVotingOpen(state)) return null;
  if (!isVotingPhase(state)) return domainError(ErrorCode.WrongPhase, 'not voting now');
  return domainError(ErrorCode.VotingClosed, 'voting is closed');
};

export const decideCast = ({ state, command, me }: RuleInput<CommandOf<'vote:cast'>>): Decision => {
  const refusal = votingRefusal(state);
  if (refusal) return refusal;
  const topic = openTopic(state, command.topicId);
  if ('code' in topic) return topic;
  if (otherTablesTopic(state, topic, me.id)) {
    return domainError(ErrorCode.NotAtTable, "another table's topic");
  }
  if (dotsLeft(state, me.id) <= 0) {
    return domainError(ErrorCode.VoteBudgetExhausted, 'no dots left');
  }
  if (dotsOnTopic(state, me.id, topic.id) >= state.settings.maxDotsPerTopic) {
    return domainError(ErrorCode.TopicDotCapReached, 'no more dots on this topic');
  }
  return [{ type: 'vote:cast', participantId: me.id, topicId: topic.id }];
};

export const decideRetract = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'vote:retract'>>): Decision => {
  const refusal = votingRefusal(state);
  if (refusal) return refusal;
  const topic = openTopic(state, command.topicId);
  if ('code' in topic) return topic;
  if (dotsOnTopic(state, me.id, topic.id) === 0) {
    return domainError(ErrorCode.NoDotToRetract, 'no dot of yours on this topic');
  }
  return [{ type: 'vote:retracted', participantId: me.id, topicId: topic.id }];
};

/** Mode 'own': each running table's queue ordered by dots, when it closes with the vote. */
const tableQueuesByDots = (state: MeetingState): { tables?: Record<TableId, TopicId[]> } => {
  const tables = state.tables;
  if (!tablesRunning(tables) || tables.mode !== 'own') return {};
  return {
    tables: Object.fromEntries(
      tablesInOrder(tables).map((table) => [table.id, queueByDots(state, table.queue)]),
    ),
  };
};

/** Closing orders the queue (and each table's own) by dots and reveals the tallies. */
export const closeVotingEvents = (state: MeetingState): EventBody[] =>
  state.votingClosed
    ? []
    : [{ type: 'vote:closed', queue: queueByDots(state), ...tableQueuesByDots(state) }];

/** Mode 'own': people dot their own table's topics (and the plenary's), not other tables'. */
const otherTablesTopic = (state: MeetingState, topic: Topic, me: ParticipantId): boolean =>
  tablesRunning(state.tables) &&
  state.tables.mode === 'own' &&
  topic.tableId !== null &&
  topic.tableId !== tableOf(state.tables, me);

export const decideClose = ({ state }: RuleInput<CommandOf<'vote:close'>>): Decision =>
  state.phase === Phase.Vote
    ? closeVotingEvents(state)
    : domainError(ErrorCode.WrongPhase, 'not voting now');

export const decideReveal = ({ state }: RuleInput<CommandOf<'vote:reveal'>>): Decision => {
  if (state.phase !== Phase.Vote) return domainError(ErrorCode.WrongPhase, 'not voting now');
  return state.votesRevealed ? [] : [{ type: 'vote:revealed' }];
};

const isPermutation = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((id, i) => id === sortedB[i]);
};

export const decideReorder = ({
  state,
  command,
}: RuleInput<CommandOf<'queue:reorder'>>): Decision => {
  if (state.phase === Phase.Vote && !state.votingClosed) {
    return domainError(ErrorCode.VotingOpen, 'close voting before reordering');
  }
  if (state.phase !== Phase.Vote && state.phase !== Phase.Discuss) {
    return domainError(ErrorCode.WrongPhase, 'the queue is reordered after voting');
  }
  if (!isPermutation(command.order, state.queue)) {
    return domainError(ErrorCode.QueueMismatch, 'the order must list exactly the queued topics');
  }
  if (command.order.every((id, i) => id === state.queue[i])) return [];
  return [{ type: 'queue:reordered', queue: [...command.order] }];
};
