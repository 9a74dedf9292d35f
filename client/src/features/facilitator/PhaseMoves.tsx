import type { Phase } from '@percolate/shared';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { phaseTargets } from './phaseTargets.js';

/**
 * Moving the meeting on to the next phase, or back or ahead to another legal one. The `n` key
 * only asks: a key pressed by mistake must not move everyone.
 */
export const PhaseMoves = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const move = useCommand();
  const [asking, setAsking] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const { next, others } = phaseTargets(phase);
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
            tone="primary"
            returnFocus={nextButton}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              go(next);
            }}
          />
        </>
      ) : null}
      {others.map(({ to, back }) => (
        <button key={to} type="button" className="button ghost small" onClick={() => go(to)}>
          {t(back ? 'facilitator.backTo' : 'facilitator.skipTo', {
            phase: t(phaseNameKey(to)),
          })}
        </button>
      ))}
      <ErrorText code={move.error} />
    </div>
  );
};
