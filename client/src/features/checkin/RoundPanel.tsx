import type { RoundKind } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { RoundLineForm } from './RoundLineForm.js';
import { RoundLines } from './RoundLines.js';
import { SpeakingOrder } from './SpeakingOrder.js';
import './checkin.css';

/** A check-in or closing round: my line, the speaking order when one runs, and everyone's lines. */
export const RoundPanel = ({ kind }: { kind: RoundKind }) => {
  const t = useT();
  return (
    <div className="stack">
      <p className="lead">{t(kind === 'checkin' ? 'round.checkinIntro' : 'round.closingIntro')}</p>
      <SpeakingOrder kind={kind} />
      <div className="two-columns">
        <RoundLineForm kind={kind} />
        <RoundLines kind={kind} />
      </div>
    </div>
  );
};
