/**
 * Discussing one topic at a time: its timer, the continue-vote after each timebox, closing it.
 * Each rule works on a discussion scope (the plenary, or the table a command names), so every
 * table runs with the same rules; its events carry the table's id (`atTable`).
 */
import type { DecideContext } from './actor.js';
import type { CommandOf, SystemCommand } from './commands.js';
import {
  type ContinueOutcome,
  continueOutcome,
  extensionMinutesAfter,
  tallyContinueVote,
} from './continueVote.js';
import { openTopic } from './decideTopics.js';
import type { Decision, RuleInput } from './decision.js';
import { allScopes, atTable, type DiscussionScope, scopeOf } from './discussionScope.js';
import { type DomainError, domainError, ErrorCode, isDomainError } from './errors.js';
import type { EventBody } from './events.js';
import { type Discussion, type MeetingState, Phase, type TableId } from './model.js';
import { tableOf, tablesRunning } from './tables.js';
import { isPaused, minutesToMs, remainingMs, startTimer, timerDeadline } from './timer.js';

/** The discussion in progress in the scope a command names, with that scope's event field. */
interface InScope {
  discussion: Discussion;
  at: { tableId?: TableId };
}

const current = (state: MeetingState, tableId: TableId | undefined): InScope | DomainError => {
  const scope = scopeOf(state, tableId);
  if (isDomainError(scope)) return scope;
  if (!scope.discussion) return domainError(ErrorCode.NoDiscussion, 'no topic is being discussed');
  return { discussion: scope.discussion, at: atTable(tableId) };
};

/** A discussion whose timebox still runs (or is paused): no continue-vote open yet. */
const timed = (state: MeetingState, tableId: TableId | undefined): InScope | DomainError => {
  const found = current(state, tableId);
  if (isDomainError(found)) return found;
  if (found.discussion.continueVote) {
    return domainError(ErrorCode.TimerNotRunning, 'the time is up');
  }
  return found;
};

const closedEvents = ({ discussion, tableId }: DiscussionScope): EventBody[] => {
  if (!discussion) return [];
  const tally = discussion.continueVote ? tallyContinueVote(discussion.continueVote) : null;
  return [
    {
      type: 'discussion:closed',
      topicId: discussion.topicId,
      tally,
      overridden: false,
      ...atTable(tableId),
    },
  ];
};

/** Closes every discussion in progress, the plenary's and each table's (on leaving the discuss phase). */
export const closeDiscussionEvents = (state: MeetingState): EventBody[] =>
  allScopes(state).flatMap(closedEvents);

/** Closes the tables' discussions only (everyone comes back to the plenary). */
export const closeTableDiscussionEvents = (state: MeetingState): EventBody[] =>
  allScopes(state)
    .filter((scope) => scope.tableId !== null)
    .flatMap(closedEvents);

export const decideDiscussionStart = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'discussion:start'>>): Decision => {
  if (state.phase !== Phase.Discuss) return domainError(ErrorCode.WrongPhase, 'not discussing now');
  const scope = scopeOf(state, command.tableId);
  if (isDomainError(scope)) return scope;
  if (scope.tableId === null && tablesRunning(state.tables)) {
    return domainError(ErrorCode.TablesRunning, 'the tables discuss: bring everyone back first');
  }
  if (scope.discussion) {
    return domainError(ErrorCode.DiscussionInProgress, 'close the current topic first');
  }
  const topic = openTopic(state, command.topicId);
  if ('code' in topic) return topic;
  if (!scope.queue.includes(topic.id)) {
    return domainError(ErrorCode.TopicNotOpen, 'the topic is not in the queue');
  }
  const timer = startTimer(ctx.now, minutesToMs(command.minutes ?? state.settings.timeboxMinutes));
  return [{ type: 'discussion:started', topicId: topic.id, timer, ...atTable(command.tableId) }];
};

export const decidePause = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'timer:pause'>>): Decision => {
  const found = timed(state, command.tableId);
  if (isDomainError(found)) return found;
  const { timer } = found.discussion;
  if (isPaused(timer)) return domainError(ErrorCode.TimerNotRunning, 'already paused');
  return [{ type: 'timer:paused', remainingMs: remainingMs(timer, ctx.now), ...found.at }];
};

export const decideResume = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'timer:resume'>>): Decision => {
  const found = timed(state, command.tableId);
  if (isDomainError(found)) return found;
  const { timer } = found.discussion;
  if (!isPaused(timer)) return domainError(ErrorCode.TimerNotPaused, 'not paused');
  return [
    { type: 'timer:resumed', timer: startTimer(ctx.now, remainingMs(timer, ctx.now)), ...found.at },
  ];
};

/**
 * Adds time. The extended timer restarts now with what was left plus the extra (kept paused if it
 * was); after the time is up it closes the continue-vote and runs again with just the extra.
 */
export const decideExtend = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'timer:extend'>>): Decision => {
  const found = current(state, command.tableId);
  if (isDomainError(found)) return found;
  const { discussion, at } = found;
  const extra = minutesToMs(command.minutes);
  if (discussion.continueVote)
    return [{ type: 'timer:extended', timer: startTimer(ctx.now, extra), ...at }];
  const duration = remainingMs(discussion.timer, ctx.now) + extra;
  const timer = startTimer(ctx.now, duration);
  return [
    {
      type: 'timer:extended',
      timer: isPaused(discussion.timer) ? { ...timer, pausedRemainingMs: duration } : timer,
      ...at,
    },
  ];
};

/** A new time left, from now; a paused timer stays paused with it. */
export const decideTimerSet = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'timer:set'>>): Decision => {
  const found = timed(state, command.tableId);
  if (isDomainError(found)) return found;
  const durationMs = command.seconds * 1000;
  const timer = startTimer(ctx.now, durationMs);
  return [
    {
      type: 'timer:set',
      timer: isPaused(found.discussion.timer) ? { ...timer, pausedRemainingMs: durationMs } : timer,
      ...found.at,
    },
  ];
};

export const decideStop = ({ state, command }: RuleInput<CommandOf<'timer:stop'>>): Decision => {
  const found = timed(state, command.tableId);
  if (isDomainError(found)) return found;
  return [
    { type: 'timer:expired', topicId: found.discussion.topicId, reason: 'stopped', ...found.at },
  ];
};

/** The server's scheduled expiry. Anything stale or early changes nothing, so firing twice is harmless. */
export const decideExpire = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'timer:expire' }>,
  ctx: DecideContext,
): Decision => {
  const scope = scopeOf(state, command.tableId);
  if (isDomainError(scope)) return [];
  const discussion = scope.discussion;
  if (!discussion || discussion.continueVote) return [];
  if (discussion.topicId !== command.topicId || discussion.round !== command.round) return [];
  const deadline = timerDeadline(discussion.timer);
  if (deadline === null || ctx.now < deadline) return [];
  return [
    {
      type: 'timer:expired',
      topicId: discussion.topicId,
      reason: 'elapsed',
      ...atTable(command.tableId),
    },
  ];
};

/** At a table only the people sitting there vote on whether it goes on. */
export const decideContinueVote = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'continue:vote'>>): Decision => {
  const scope = scopeOf(state, command.tableId);
  if (isDomainError(scope)) return scope;
  if (scope.tableId !== null && tableOf(state.tables, me.id) !== scope.tableId) {
    return domainError(ErrorCode.NotAtTable, 'you do not sit at this table');
  }
  const vote = scope.discussion?.continueVote;
  if (!vote) return domainError(ErrorCode.ContinueVoteNotOpen, 'no continue-vote is open');
  if (vote.votes[me.id] === command.choice) return [];
  return [
    {
      type: 'continue:voted',
      participantId: me.id,
      choice: command.choice,
      ...atTable(command.tableId),
    },
  ];
};

export const decideResolve = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'continue:resolve'>>): Decision => {
  const scope = scopeOf(state, command.tableId);
  if (isDomainError(scope)) return scope;
  const discussion = scope.discussion;
  if (!discussion?.continueVote) {
    return domainError(ErrorCode.ContinueVoteNotOpen, 'no continue-vote is open');
  }
  const at = atTable(command.tableId);
  const tally = tallyContinueVote(discussion.continueVote);
  const majority = continueOutcome(tally);
  const decision: ContinueOutcome = command.decision ?? majority;
  const overridden = decision !== majority;
  const { topicId } = discussion;
  if (decision === 'close')
    return [{ type: 'discussion:closed', topicId, tally, overridden, ...at }];
  const minutes = extensionMinutesAfter(state.settings, discussion.round);
  const timer = startTimer(ctx.now, minutesToMs(minutes));
  return [
    {
      type: 'discussion:continued',
      topicId,
      round: discussion.round + 1,
      timer,
      tally,
      overridden,
      ...at,
    },
  ];
};

export const decideDiscussionClose = ({
  state,
  command,
}: RuleInput<CommandOf<'discussion:close'>>): Decision => {
  const scope = scopeOf(state, command.tableId);
  if (isDomainError(scope)) return scope;
  return scope.discussion
    ? closedEvents(scope)
    : domainError(ErrorCode.NoDiscussion, 'no topic is being discussed');
};
