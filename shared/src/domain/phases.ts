/**
 * Which phase may follow which. `phase:set` follows this table; `ended` is reached only through
 * `meeting:end` (from any phase) and nothing leaves it.
 */
import { type MeetingState, Phase, type RoundKind } from './model.js';

export const PHASE_TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  // Skipping the check-in is allowed.
  [Phase.Lobby]: [Phase.Checkin, Phase.Propose],
  [Phase.Checkin]: [Phase.Propose],
  [Phase.Propose]: [Phase.Vote],
  // The facilitator may step back to collect more topics or to vote again.
  [Phase.Vote]: [Phase.Discuss, Phase.Propose],
  [Phase.Discuss]: [Phase.Wrapup, Phase.Propose, Phase.Vote],
  // Back from the wrap-up to discuss one more topic.
  [Phase.Wrapup]: [Phase.Discuss, Phase.Propose, Phase.Vote],
  [Phase.Ended]: [],
};

/** May `phase:set` move the meeting from `from` to `to`? */
export const isLegalTransition = (from: Phase, to: Phase): boolean =>
  PHASE_TRANSITIONS[from].includes(to);

/** Is this phase change legal by any route (`phase:set` or `meeting:end`)? */
export const isLegalPhaseChange = (from: Phase, to: Phase): boolean =>
  isLegalTransition(from, to) || (to === Phase.Ended && from !== Phase.Ended);

/** Phases in which topics may still be proposed. */
export const PROPOSING_PHASES: readonly Phase[] = [
  Phase.Lobby,
  Phase.Checkin,
  Phase.Propose,
  Phase.Vote,
  Phase.Discuss,
];

/** Phases in which a check-in or closing round may be posted to or run. */
export const ROUND_PHASES: Readonly<Record<RoundKind, readonly Phase[]>> = {
  checkin: [Phase.Lobby, Phase.Checkin],
  closing: [Phase.Wrapup],
};

/** Phases before the vote in which dots may already be placed when the meeting pre-votes. */
export const PRE_VOTING_PHASES: readonly Phase[] = [Phase.Lobby, Phase.Checkin, Phase.Propose];

type VotingFields = Pick<MeetingState, 'phase' | 'votingClosed'> & {
  settings: Pick<MeetingState['settings'], 'preVoting'>;
};

/** Is this a phase in which dots are placed (the vote, and before it when the meeting pre-votes)? */
export const isVotingPhase = (meeting: VotingFields): boolean =>
  meeting.phase === Phase.Vote ||
  (meeting.settings.preVoting && PRE_VOTING_PHASES.includes(meeting.phase));

/**
 * May dots be placed or taken back now? In a voting phase until the vote closes. Takes the state
 * or the public view (both carry these fields).
 */
export const isVotingOpen = (meeting: VotingFields): boolean =>
  !meeting.votingClosed && isVotingPhase(meeting);
