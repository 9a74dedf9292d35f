/** Discussing one topic at a time: its timer, the continue-vote after each timebox, closing it. */
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
import { type DomainError, domainError, ErrorCode } from './errors.js';
import type { EventBody } from './events.js';
import { type Discussion, type MeetingState, Phase } from './model.js';
import { isPaused, minutesToMs, remainingMs, startTimer, timerDeadline } from './timer.js';

const current = (state: MeetingState): Discussion | DomainError =>
  state.discussion ?? domainError(ErrorCode.NoDiscussion, 'no topic is being discussed');

/** A discussion whose timebox still runs (or is paused): no continue-vote open yet. */
const timed = (state: MeetingState): Discussion | DomainError => {
  const discussion = current(state);
  if ('code' in discussion) return discussion;
  if (discussion.continueVote) return domainError(ErrorCode.TimerNotRunning, 'the time is up');
  return discussion;
};

/** Closes the discussion in progress, if any (used on leaving the discuss phase too). */
export const closeDiscussionEvents = (state: MeetingState): EventBody[] => {
  const discussion = state.discussion;
  if (!discussion) return [];
  const tally = discussion.continueVote ? tallyContinueVote(discussion.continueVote) : null;
  return [{ type: 'discussion:closed', topicId: discussion.topicId, tally, overridden: false }];
};

export const decideDiscussionStart = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'discussion:start'>>): Decision => {
  if (state.phase !== Phase.Discuss) return domainError(ErrorCode.WrongPhase, 'not discussing now');
  if (state.discussion) {
    return domainError(ErrorCode.DiscussionInProgress, 'close the current topic first');
  }
  const topic = openTopic(state, command.topicId);
  if ('code' in topic) return topic;
  if (!state.queue.includes(topic.id)) {
    return domainError(ErrorCode.TopicNotOpen, 'the topic is not in the queue');
  }
  const timer = startTimer(ctx.now, minutesToMs(command.minutes ?? state.settings.timeboxMinutes));
  return [{ type: 'discussion:started', topicId: topic.id, timer }];
};

export const decidePause = ({ state, ctx }: RuleInput<CommandOf<'timer:pause'>>): Decision => {
  const discussion = timed(state);
  if ('code' in discussion) return discussion;
  if (isPaused(discussion.timer)) return domainError(ErrorCode.TimerNotRunning, 'already paused');
  return [{ type: 'timer:paused', remainingMs: remainingMs(discussion.timer, ctx.now) }];
};

export const decideResume = ({ state, ctx }: RuleInput<CommandOf<'timer:resume'>>): Decision => {
  const discussion = timed(state);
  if ('code' in discussion) return discussion;
  if (!isPaused(discussion.timer)) return domainError(ErrorCode.TimerNotPaused, 'not paused');
  return [
    { type: 'timer:resumed', timer: startTimer(ctx.now, remainingMs(discussion.timer, ctx.now)) },
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
  const discussion = current(state);
  if ('code' in discussion) return discussion;
  const extra = minutesToMs(command.minutes);
  if (discussion.continueVote)
    return [{ type: 'timer:extended', timer: startTimer(ctx.now, extra) }];
  const duration = remainingMs(discussion.timer, ctx.now) + extra;
  const timer = startTimer(ctx.now, duration);
  return [
    {
      type: 'timer:extended',
      timer: isPaused(discussion.timer) ? { ...timer, pausedRemainingMs: duration } : timer,
    },
  ];
};

/** A new time left, from now; a paused timer stays paused with it. */
export const decideTimerSet = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'timer:set'>>): Decision => {
  const discussion = timed(state);
  if ('code' in discussion) return discussion;
  const durationMs = command.seconds * 1000;
  const timer = startTimer(ctx.now, durationMs);
  return [
    {
      type: 'timer:set',
      timer: isPaused(discussion.timer) ? { ...timer, pausedRemainingMs: durationMs } : timer,
    },
  ];
};

export const decideStop = ({ state }: RuleInput<CommandOf<'timer:stop'>>): Decision => {
  const discussion = timed(state);
  if ('code' in discussion) return discussion;
  return [{ type: 'timer:expired', topicId: discussion.topicId, reason: 'stopped' }];
};

/** The server's scheduled expiry. Anything stale or early changes nothing, so firing twice is harmless. */
export const decideExpire = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'timer:expire' }>,
  ctx: DecideContext,
): Decision => {
  const discussion = state.discussion;
  if (!discussion || discussion.continueVote) return [];
  if (discussion.topicId !== command.topicId || discussion.round !== command.round) return [];
  const deadline = timerDeadline(discussion.timer);
  if (deadline === null || ctx.now < deadline) return [];
  return [{ type: 'timer:expired', topicId: discussion.topicId, reason: 'elapsed' }];
};

export const decideContinueVote = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'continue:vote'>>): Decision => {
  const vote = state.discussion?.continueVote;
  if (!vote) return domainError(ErrorCode.ContinueVoteNotOpen, 'no continue-vote is open');
  if (vote.votes[me.id] === command.choice) return [];
  return [{ type: 'continue:voted', participantId: me.id, choice: command.choice }];
};

export const decideResolve = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'continue:resolve'>>): Decision => {
  const discussion = state.discussion;
  if (!discussion?.continueVote) {
    return domainError(ErrorCode.ContinueVoteNotOpen, 'no continue-vote is open');
  }
  const tally = tallyContinueVote(discussion.continueVote);
  const majority = continueOutcome(tally);
  const decision: ContinueOutcome = command.decision ?? majority;
  const overridden = decision !== majority;
  const { topicId } = discussion;
  if (decision === 'close') return [{ type: 'discussion:closed', topicId, tally, overridden }];
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
    },
  ];
};

export const decideDiscussionClose = ({
  state,
}: RuleInput<CommandOf<'discussion:close'>>): Decision =>
  state.discussion
    ? closeDiscussionEvents(state)
    : domainError(ErrorCode.NoDiscussion, 'no topic is being discussed');
