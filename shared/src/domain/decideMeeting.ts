/** Phases, settings and the end of the meeting. */
import type { CommandOf } from './commands.js';
import { resolveSettings } from './create.js';
import { closeDiscussionEvents } from './decideDiscussion.js';
import { closeVotingEvents } from './decideVotes.js';
import type { Decision, RuleInput } from './decision.js';
import { discussingAnywhere } from './discussionScope.js';
import { type DomainError, domainError, ErrorCode } from './errors.js';
import type { EventBody } from './events.js';
import { type MeetingState, Phase } from './model.js';
import { isLegalTransition, ROUND_PHASES } from './phases.js';
import { changedSettings, type SettingsRefusal, settingsRefusal } from './settingsRules.js';
import { anyDotCast } from './votes.js';

/** A speaking round belongs to its phases; leaving them ends it. */
const endRoundEvents = (state: MeetingState, to: Phase): EventBody[] =>
  state.speakingRound && !ROUND_PHASES[state.speakingRound.kind].includes(to)
    ? [{ type: 'round:ended' }]
    : [];

const enteringEvents = (state: MeetingState, to: Phase): EventBody[] => {
  if (to === Phase.Vote && state.votingClosed) return [{ type: 'vote:reopened' }];
  if (to === Phase.Discuss && state.phase === Phase.Vote) return closeVotingEvents(state);
  return [];
};

export const decidePhaseSet = ({ state, command }: RuleInput<CommandOf<'phase:set'>>): Decision => {
  const from = state.phase;
  const to = command.phase;
  if (to === from) return [];
  if (!isLegalTransition(from, to)) {
    return domainError(ErrorCode.IllegalTransition, `cannot go from ${from} to ${to}`);
  }
  // Wrapping up closes the topic under discussion; stepping back while one runs would lose track of it.
  if (discussingAnywhere(state) && to !== Phase.Wrapup) {
    return domainError(ErrorCode.DiscussionInProgress, 'close the current topic first');
  }
  return [
    ...endRoundEvents(state, to),
    ...closeDiscussionEvents(state),
    { type: 'phase:changed', from, to },
    ...enteringEvents(state, to),
  ];
};

const REFUSALS: Record<SettingsRefusal, DomainError> = {
  dotsCast: domainError(
    ErrorCode.DotsAlreadyCast,
    'dots are placed: reset them to change the rules',
  ),
  // Authors proposed under a promise of anonymity; lifting it would name them after the fact.
  anonymityPromised: domainError(ErrorCode.AnonymityPromised, 'topics were proposed anonymously'),
  tooLateToResetDots: domainError(ErrorCode.WrongPhase, 'the discussion has begun: the dots stay'),
};

export const decideSettings = ({
  state,
  command,
}: RuleInput<CommandOf<'settings:update'>>): Decision => {
  const settings = resolveSettings(command.settings, state.settings);
  const resetDots = command.resetDots === true;
  const refusal = settingsRefusal(state, settings, resetDots);
  if (refusal) return REFUSALS[refusal];
  const changed = changedSettings(state.settings, settings).length > 0;
  return [
    ...(resetDots && anyDotCast(state) ? [{ type: 'vote:reset' } as const] : []),
    ...(changed ? [{ type: 'settings:changed', settings } as const] : []),
  ];
};

export const decideEnd = ({ state }: RuleInput<CommandOf<'meeting:end'>>): Decision => [
  ...endRoundEvents(state, Phase.Ended),
  ...closeDiscussionEvents(state),
  { type: 'phase:changed', from: state.phase, to: Phase.Ended },
  { type: 'meeting:ended' },
];
