import type { Phase } from '@percolate/shared';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';

/** Tells screen-reader users when the facilitator moves the meeting to another phase. */
export const PhaseAnnouncer = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const previous = useRef(phase);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (previous.current === phase) return;
    previous.current = phase;
    setMessage(t('phase.changed', { phase: t(phaseNameKey(phase)) }));
  }, [phase, t]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
};
