import { Phase } from '@percolate/shared';
import type { MessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import './phaseStepper.css';

export const STEPS = [
  Phase.Checkin,
  Phase.Propose,
  Phase.Vote,
  Phase.Discuss,
  Phase.Wrapup,
] as const;

export const phaseNameKey = (phase: Phase): MessageKey => `phase.${phase}`;

/** Check-in · Topics · Vote · Discuss · Wrap-up, with the current one marked. */
export const PhaseStepper = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const current = (STEPS as readonly Phase[]).indexOf(phase);
  const allDone = phase === Phase.Ended;
  return (
    <nav aria-label={t('phase.stepperLabel')} className="stepper">
      <ol>
        {STEPS.map((step, index) => {
          const state =
            allDone || index < current ? 'done' : index === current ? 'current' : 'upcoming';
          return (
            <li
              key={step}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="step-name">{t(phaseNameKey(step))}</span>
              {state === 'done' ? <span className="visually-hidden">{t('phase.done')}</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
};
