import { PHASE_TRANSITIONS, Phase } from '@percolate/shared';
import { STEPS } from '../../ui/PhaseStepper.js';

const stepIndex = (phase: Phase) => (STEPS as readonly Phase[]).indexOf(phase);

/** Where the facilitator may move the meeting from `phase`: the next step, and back or ahead. */
export const phaseTargets = (phase: Phase) => {
  const targets = PHASE_TRANSITIONS[phase].filter((to) => to !== Phase.Ended);
  const next = targets.find((to) => stepIndex(to) > stepIndex(phase));
  const others = targets
    .filter((to) => to !== next)
    .map((to) => ({ to, back: stepIndex(to) < stepIndex(phase) }));
  return { next, others };
};
