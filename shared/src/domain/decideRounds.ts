/** Check-in and closing rounds: lines everyone posts, and an optional speaking order with a timebox. */

import type { DecideContext } from './actor.js';
import type { CommandOf, SystemCommand } from './commands.js';
import type { Decision, RuleInput } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import type { MeetingState, RoundKind, SpeakingRound, Timer } from './model.js';
import { participantsInJoinOrder, presentParticipant } from './participants.js';
import { ROUND_PHASES } from './phases.js';
import { startTimer, timerDeadline } from './timer.js';

const wrongPhase = (state: MeetingState, round: RoundKind) =>
  ROUND_PHASES[round].includes(state.phase)
    ? null
    : domainError(ErrorCode.WrongPhase, `no ${round} round in phase ${state.phase}`);

const speakerTimer = (state: MeetingState, now: number): Timer | null => {
  const seconds = state.settings.checkinSecondsPerPerson;
  return seconds === null ? null : startTimer(now, seconds * 1000);
};

export const decideRoundPost = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'round:post'>>): Decision =>
  wrongPhase(state, command.round) ?? [
    {
      type: 'round:posted',
      round: command.round,
      participantId: me.id,
      text: command.text,
      mood: command.mood ?? null,
      private: command.private ?? false,
    },
  ];

export const decideRoundStart = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'round:start'>>): Decision => {
  const phaseError = wrongPhase(state, command.round);
  if (phaseError) return phaseError;
  if (state.speakingRound) return domainError(ErrorCode.RoundInProgress, 'a round is running');
  const order =
    command.order ??
    participantsInJoinOrder(state)
      .filter((p) => !p.left)
      .map((p) => p.id);
  if (order.length === 0 || new Set(order).size !== order.length) {
    return domainError(ErrorCode.InvalidPayload, 'the order must name each speaker once');
  }
  if (!order.every((id) => presentParticipant(state, id))) {
    return domainError(ErrorCode.ParticipantNotFound, 'the order names someone who is not here');
  }
  const timer = speakerTimer(state, ctx.now);
  return [
    {
      type: 'round:started',
      round: command.round,
      order,
      timer,
      // Without a per-person time nobody's time is ever up.
      autoAdvance: timer !== null && command.autoAdvance === true,
    },
  ];
};

const nextSpeaker = (state: MeetingState, round: SpeakingRound, now: number): Decision => {
  const index = round.currentIndex + 1;
  if (index >= round.order.length) return [{ type: 'round:ended' }];
  return [{ type: 'round:advanced', index, timer: speakerTimer(state, now) }];
};

export const decideRoundNext = ({ state, ctx }: RuleInput<CommandOf<'round:next'>>): Decision =>
  state.speakingRound
    ? nextSpeaker(state, state.speakingRound, ctx.now)
    : domainError(ErrorCode.NoRound, 'no round is running');

/**
 * The speakers still to come in a new order (shuffled or dragged): the same people, and whoever
 * has spoken or is speaking keeps their place.
 */
export const decideRoundReorder = ({
  state,
  command,
}: RuleInput<CommandOf<'round:reorder'>>): Decision => {
  const round = state.speakingRound;
  if (!round) return domainError(ErrorCode.NoRound, 'no round is running');
  const fixed = round.currentIndex + 1;
  const speakers = new Set(round.order);
  const sameSpeakers =
    command.order.length === round.order.length &&
    new Set(command.order).size === command.order.length &&
    command.order.every((id) => speakers.has(id)) &&
    round.order.slice(0, fixed).every((id, index) => command.order[index] === id);
  if (!sameSpeakers) {
    return domainError(
      ErrorCode.InvalidPayload,
      'the order must keep who has spoken and name every speaker to come once',
    );
  }
  return command.order.every((id, index) => round.order[index] === id)
    ? []
    : [{ type: 'round:reordered', order: command.order }];
};

/**
 * The server's word that a speaker's time is up: moves on only in a round that does so by itself,
 * for the speaker whose time it was, once the time is really up; anything else is stale and ignored.
 */
export const decideRoundExpire = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'round:expire' }>,
  ctx: DecideContext,
): Decision => {
  const round = state.speakingRound;
  if (!round?.autoAdvance || round.kind !== command.round) return [];
  if (round.currentIndex !== command.index || !round.timer) return [];
  const deadline = timerDeadline(round.timer);
  if (deadline === null || deadline > ctx.now) return [];
  return nextSpeaker(state, round, ctx.now);
};

export const decideRoundEnd = ({ state }: RuleInput<CommandOf<'round:end'>>): Decision =>
  state.speakingRound
    ? [{ type: 'round:ended' }]
    : domainError(ErrorCode.NoRound, 'no round is running');
