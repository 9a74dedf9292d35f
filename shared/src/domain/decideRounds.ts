/** Check-in and closing rounds: lines everyone posts, and an optional speaking order with a timebox. */
import type { CommandOf } from './commands.js';
import type { Decision, RuleInput } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import type { MeetingState, RoundKind, Timer } from './model.js';
import { participantsInJoinOrder, presentParticipant } from './participants.js';
import { ROUND_PHASES } from './phases.js';
import { startTimer } from './timer.js';

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
  return [
    { type: 'round:started', round: command.round, order, timer: speakerTimer(state, ctx.now) },
  ];
};

export const decideRoundNext = ({ state, ctx }: RuleInput<CommandOf<'round:next'>>): Decision => {
  const round = state.speakingRound;
  if (!round) return domainError(ErrorCode.NoRound, 'no round is running');
  const index = round.currentIndex + 1;
  if (index >= round.order.length) return [{ type: 'round:ended' }];
  return [{ type: 'round:advanced', index, timer: speakerTimer(state, ctx.now) }];
};

export const decideRoundEnd = ({ state }: RuleInput<CommandOf<'round:end'>>): Decision =>
  state.speakingRound
    ? [{ type: 'round:ended' }]
    : domainError(ErrorCode.NoRound, 'no round is running');
