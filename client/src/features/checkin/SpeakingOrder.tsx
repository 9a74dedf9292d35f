import type { RoundKind } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { Countdown } from '../../ui/timer/Countdown.js';
import { useParticipantName } from '../../ui/useParticipantName.js';
import './checkin.css';

const Speaker = ({ id, state }: { id: string; state: 'done' | 'current' | 'next' }) => {
  const t = useT();
  const name = useParticipantName(id);
  return (
    <li data-state={state} aria-current={state === 'current' ? 'true' : undefined}>
      <span>{name}</span>
      {state === 'current' ? <span className="badge">{t('round.speakingNow')}</span> : null}
    </li>
  );
};

/** The visible speaking order of a running round, with the current speaker's timebox. */
export const SpeakingOrder = ({
  kind,
  headingLevel = 3,
}: {
  kind: RoundKind;
  headingLevel?: 2 | 3;
}) => {
  const t = useT();
  const round = useAppStore((state) =>
    state.view?.speakingRound?.kind === kind ? state.view.speakingRound : null,
  );
  const currentName = useParticipantName(round?.order[round.currentIndex] ?? null);
  if (!round) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card speaking-order" aria-labelledby={`${kind}-order-heading`}>
      <div className="speaking-order-body">
        <div className="stack">
          <Heading id={`${kind}-order-heading`}>{t('round.orderTitle')}</Heading>
          <ol className="speaker-list">
            {round.order.map((id, index) => (
              <Speaker
                key={id}
                id={id}
                state={
                  index < round.currentIndex
                    ? 'done'
                    : index === round.currentIndex
                      ? 'current'
                      : 'next'
                }
              />
            ))}
          </ol>
        </div>
        {round.timer ? (
          <Countdown
            timer={round.timer}
            size="small"
            label={t('round.timeLeftFor', { name: currentName })}
          />
        ) : null}
      </div>
    </section>
  );
};
