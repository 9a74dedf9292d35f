import type { RoundKind, SpeakingRound } from '@percolate/shared';
import { type ComponentProps, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MoveButtons } from '../../ui/MoveButtons.js';
import { Countdown } from '../../ui/timer/Countdown.js';
import { useParticipantName } from '../../ui/useParticipantName.js';
import './checkin.css';
import { useSpeakingOrderEdit } from './useSpeakingOrderEdit.js';

type SpeakerState = 'done' | 'current' | 'next';

const Speaker = ({
  id,
  state,
  children,
  ...rowProps
}: ComponentProps<'li'> & {
  id: string;
  state: SpeakerState;
  'data-drop-target'?: boolean;
}) => {
  const t = useT();
  const name = useParticipantName(id);
  return (
    <li data-state={state} aria-current={state === 'current' ? 'true' : undefined} {...rowProps}>
      <span>{name}</span>
      {state === 'current' ? <span className="badge">{t('round.speakingNow')}</span> : null}
      {children}
    </li>
  );
};

const speakerState = (index: number, current: number): SpeakerState =>
  index < current ? 'done' : index === current ? 'current' : 'next';

const UpcomingMoveButtons = ({
  id,
  index,
  count,
  moveTo,
}: {
  id: string;
  index: number;
  count: number;
  moveTo: (id: string, index: number) => void;
}) => {
  const t = useT();
  const name = useParticipantName(id);
  return (
    <MoveButtons
      index={index}
      count={count}
      upLabel={t('round.moveEarlier', { name })}
      downLabel={t('round.moveLater', { name })}
      symbols={['←', '→']}
      onMove={(to) => moveTo(id, to)}
    />
  );
};

/**
 * The order for moderators: who is still to speak can be dragged at any time; "Change order" adds
 * ←/→ for each of them (the keyboard's way) and a shuffle.
 */
const EditableOrder = ({ round }: { round: SpeakingRound }) => {
  const t = useT();
  const edit = useSpeakingOrderEdit(round);
  const [editing, setEditing] = useState(false);
  const firstUpcoming = round.currentIndex + 1;
  const movable = edit.upcoming.length > 1;
  return (
    <>
      <ol className="speaker-list">
        {round.order.map((id, index) =>
          index < firstUpcoming || !movable ? (
            <Speaker key={id} id={id} state={speakerState(index, round.currentIndex)} />
          ) : (
            <Speaker key={id} id={id} state="next" {...edit.rowProps(id)}>
              {editing ? (
                <UpcomingMoveButtons
                  id={id}
                  index={index - firstUpcoming}
                  count={edit.upcoming.length}
                  moveTo={edit.moveTo}
                />
              ) : null}
            </Speaker>
          ),
        )}
      </ol>
      {movable ? (
        <div className="actions">
          <button
            type="button"
            className="button ghost small"
            aria-pressed={editing}
            onClick={() => setEditing((on) => !on)}
          >
            {t('round.changeOrder')}
          </button>
          {editing ? (
            <button type="button" className="button ghost small" onClick={edit.shuffle}>
              {t('round.shuffle')}
            </button>
          ) : null}
        </div>
      ) : null}
      {editing ? <p className="muted small">{t('round.reorderHint')}</p> : null}
      <ErrorText code={edit.error} />
    </>
  );
};

/** The visible speaking order of a running round, with the current speaker's timebox. */
export const SpeakingOrder = ({
  kind,
  headingLevel = 3,
  editable = true,
}: {
  kind: RoundKind;
  headingLevel?: 2 | 3;
  /** False on the board (projector), which nobody operates. */
  editable?: boolean;
}) => {
  const t = useT();
  const round = useAppStore((state) =>
    state.view?.speakingRound?.kind === kind ? state.view.speakingRound : null,
  );
  const isModerator = useAppStore(selectIsModerator);
  const currentName = useParticipantName(round?.order[round.currentIndex] ?? null);
  if (!round) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card speaking-order" aria-labelledby={`${kind}-order-heading`}>
      <div className="speaking-order-body">
        <div className="stack">
          <Heading id={`${kind}-order-heading`}>{t('round.orderTitle')}</Heading>
          {isModerator && editable ? (
            <EditableOrder round={round} />
          ) : (
            <ol className="speaker-list">
              {round.order.map((id, index) => (
                <Speaker key={id} id={id} state={speakerState(index, round.currentIndex)} />
              ))}
            </ol>
          )}
          {round.autoAdvance ? <p className="muted small">{t('round.movesOnByItself')}</p> : null}
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
