import { Phase, type PublicView, type RoundKind } from '@percolate/shared';
import type { MessageKey } from '../../i18n/translate.js';
import type { CommandInput } from '../../store/commandInput.js';
import { phaseTargets } from './phaseTargets.js';

/** The one control a phone's facilitator bar keeps in sight; everything else is in its menu. */
export type PrimaryStep =
  | { kind: 'command'; label: MessageKey; command: CommandInput; phase?: Phase }
  | { kind: 'end' }
  | null;

const command = (label: MessageKey, input: CommandInput, phase?: Phase): PrimaryStep => ({
  kind: 'command',
  label,
  command: input,
  ...(phase ? { phase } : {}),
});

const nextPhase = (phase: Phase): PrimaryStep => {
  const { next } = phaseTargets(phase);
  return next ? command('facilitator.nextPhase', { type: 'phase:set', phase: next }, next) : null;
};

const nextSpeakerOr = (view: PublicView, kind: RoundKind, otherwise: PrimaryStep): PrimaryStep =>
  view.speakingRound?.kind === kind
    ? command('round.nextSpeaker', { type: 'round:next' })
    : otherwise;

/**
 * What the meeting most likely needs next from its facilitator: the running round's next
 * speaker, closing the vote, the next topic or stopping its timer, else the next phase; in the
 * wrap-up, ending the meeting (only the facilitator may). Null when nothing stands out.
 */
export const primaryStep = (view: PublicView, mayEnd: boolean): PrimaryStep => {
  switch (view.phase) {
    case Phase.Checkin:
      return nextSpeakerOr(view, 'checkin', nextPhase(view.phase));
    case Phase.Vote:
      return view.votingClosed
        ? nextPhase(view.phase)
        : command('vote.close', { type: 'vote:close' });
    case Phase.Discuss: {
      const { discussion, queue } = view;
      // While the continue-vote is open, its panel holds the facilitator's next step.
      if (discussion) {
        return discussion.continueVote ? null : command('timer.stop', { type: 'timer:stop' });
      }
      const [topicId] = queue;
      if (topicId) return command('discuss.startNext', { type: 'discussion:start', topicId });
      return nextPhase(view.phase);
    }
    case Phase.Wrapup:
      return nextSpeakerOr(view, 'closing', mayEnd ? { kind: 'end' } : null);
    case Phase.Ended:
      return null;
    default:
      return nextPhase(view.phase);
  }
};
