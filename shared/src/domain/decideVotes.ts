/** Dot voting and the discussion order it produces. */
import type { CommandOf } from './commands.js';
import { openTopic } from './decideTopics.js';
import type { Decision, RuleInput } from './decision.js';
import { type DomainError, domainError, ErrorCode, isDomainError } from './errors.js';
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
import { lookup } from './records.js';
import { runningTable, tableOf, tablesInOrder, tablesRunning } from './tables.js';
import { dotsLeft, dotsOnTopic, queueByDots } from './votes.js';

/** Mode 'own': a topic of a table whose vote closed before the others'. */
const atClosedTable = (state: MeetingState, topic: Topic): boolean =>
  tablesRunning(state.tables) &&
  state.tables.mode === 'own' &&
  topic.tableId !== null &&
  lookup(state.tables.tables, topic.tableId)?.votingClosed === true;

/** The open topic a dot goes on or comes off, while its vote (the meeting's, its table's) is open. */
const votableTopic = (state: MeetingState, topicId: TopicId): Topic | DomainError => {
  if (!isVotingPhase(state)) return domainError(ErrorCode.WrongPhase, 'not voting now');
  if (!isVotingOpen(state)) return domainError(ErrorCode.VotingClosed, 'voting is closed');
  const topic = openTopic(state, topicId);
  if ('code' in topic) return topic;
  return atClosedTable(state, topic)
    ? domainError(ErrorCode.VotingClosed, "the table's vote is closed")
    : topic;
};

export const decideCast = ({ state, command, me }: RuleInput<CommandOf<'vote:cast'>>): Decision => {
  const topic = votableTopic(state, command.topicId);
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
  const topic = votableTopic(state, command.topicId);
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

/**
 * Closes the meeting's vote; with a table named (mode 'own'), only that table's: its queue is
 * ordered by dots and its topics take no more dots, while the other tables go on voting.
 */
export const decideClose = ({ state, command }: RuleInput<CommandOf<'vote:close'>>): Decision => {
  if (command.tableId === undefined) {
    return state.phase === Phase.Vote
      ? closeVotingEvents(state)
      : domainError(ErrorCode.WrongPhase, 'not voting now');
  }
  const found = runningTable(state, command.tableId);
  if (isDomainError(found)) return found;
  if (found.tables.mode !== 'own') {
    return domainError(ErrorCode.WrongPhase, 'the tables vote on one shared list together');
  }
  if (state.phase !== Phase.Vote) return domainError(ErrorCode.WrongPhase, 'not voting now');
  if (state.votingClosed || found.table.votingClosed) return [];
  return [
    {
      type: 'tables:voteClosed',
      tableId: found.table.id,
      queue: queueByDots(state, found.table.queue),
    },
  ];
};

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
