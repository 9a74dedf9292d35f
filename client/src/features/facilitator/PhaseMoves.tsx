import { PHASE_TRANSITIONS, Phase } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { phaseNameKey, STEPS } from '../meeting/PhaseStepper.js';

const stepIndex = (phase: Phase) => (STEPS as readonly Phase[]).indexOf(phase);

/** Moving the meeting on to the next phase (`n`), or back or ahead to another legal one. */
export const PhaseMoves = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const move = useCommand();
  const targets = PHASE_TRANSITIONS[phase].filter((to) => to !== Phase.Ended);
  const next = targets.find((to) => stepIndex(to) > stepIndex(phase));
  const others = targets.filter((to) => to !== next);
  const go = (to: Phase) => void move.run({ type: 'phase:set', phase: to });
  useShortcut('n', next ? () => go(next) : null);

  return (
    <div className="bar-group bar-moves">
      {next ? (
        <button type="button" className="button primary" onClick={() => go(next)}>
          {t('facilitator.nextPhase', { phase: t(phaseNameKey(next)) })}
        </button>
      ) : null}
      {others.map((to) => (
        <button key={to} type="button" className="button ghost small" onClick={() => go(to)}>
          {t(stepIndex(to) < stepIndex(phase) ? 'facilitator.backTo' : 'facilitator.skipTo', {
            phase: t(phaseNameKey(to)),
          })}
        </button>
      ))}
      <ErrorText code={move.error} />
    </div>
  );
};
