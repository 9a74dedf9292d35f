import type { Phase } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { phaseNameKey } from '../meeting/PhaseStepper.js';
import { phaseTargets } from './phaseTargets.js';

/** Moving the meeting on to the next phase (`n`), or back or ahead to another legal one. */
export const PhaseMoves = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const move = useCommand();
  const { next, others } = phaseTargets(phase);
  const go = (to: Phase) => void move.run({ type: 'phase:set', phase: to });
  useShortcut('n', next ? () => go(next) : null);

  return (
    <div className="bar-group bar-moves">
      {next ? (
        <button type="button" className="button primary" onClick={() => go(next)}>
          {t('facilitator.nextPhase', { phase: t(phaseNameKey(next)) })}
        </button>
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
