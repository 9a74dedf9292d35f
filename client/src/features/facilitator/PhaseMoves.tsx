import { PHASE_TRANSITIONS, Phase } from '@percolate/shared';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { phaseNameKey, STEPS } from '../meeting/PhaseStepper.js';

const stepIndex = (phase: Phase) => (STEPS as readonly Phase[]).indexOf(phase);

/**
 * Moving the meeting on to the next phase, or back or ahead to another legal one. The `n` key
 * only asks: a key pressed by mistake must not move everyone.
 */
export const PhaseMoves = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const move = useCommand();
  const [asking, setAsking] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const targets = PHASE_TRANSITIONS[phase].filter((to) => to !== Phase.Ended);
  const next = targets.find((to) => stepIndex(to) > stepIndex(phase));
  const others = targets.filter((to) => to !== next);
  const go = (to: Phase) => {
    requestFocus('phase');
    void move.run({ type: 'phase:set', phase: to });
  };
  useShortcut('n', next ? () => setAsking(true) : null);

  return (
    <div className="bar-group bar-moves">
      {next ? (
        <>
          <button
            ref={nextButton}
            type="button"
            className="button primary"
            onClick={() => go(next)}
          >
            {t('facilitator.nextPhase', { phase: t(phaseNameKey(next)) })}
          </button>
          <ConfirmDialog
            title={t('facilitator.confirmMove', { phase: t(phaseNameKey(next)) })}
            confirmLabel={t('facilitator.nextPhase', { phase: t(phaseNameKey(next)) })}
            open={asking}
            returnFocus={nextButton}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              go(next);
            }}
          />
        </>
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
