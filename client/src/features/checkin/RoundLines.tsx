import type { PublicRoundLine, RoundKind } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useParticipantName } from '../../ui/useParticipantName.js';
import { MOOD_EMOJI } from './moods.js';

const NO_LINES: PublicRoundLine[] = [];

const Line = ({ line }: { line: PublicRoundLine }) => {
  const t = useT();
  const name = useParticipantName(line.participantId);
  return (
    <li className="round-line">
      <div className="round-line-head">
        <span className="round-line-name">{name}</span>
        {line.mood ? (
          <span className="mood-tag">
            <span aria-hidden="true">{MOOD_EMOJI[line.mood]} </span>
            {t(`mood.${line.mood}`)}
          </span>
        ) : null}
        {line.private ? <span className="badge subtle">{t('round.private')}</span> : null}
      </div>
      <p className="round-line-text">{line.text}</p>
    </li>
  );
};

/** Everyone's lines of the round, as they come in. */
export const RoundLines = ({ kind }: { kind: RoundKind }) => {
  const t = useT();
  const lines = useAppStore((state) => state.view?.rounds[kind] ?? NO_LINES);
  return (
    <section aria-labelledby={`${kind}-lines-heading`} className="stack">
      <h3 id={`${kind}-lines-heading`}>{t('round.lines', { count: lines.length })}</h3>
      {lines.length === 0 ? (
        <p className="muted">{t('round.noLines')}</p>
      ) : (
        <ul className="round-lines">
          {lines.map((line) => (
            <Line key={line.participantId} line={line} />
          ))}
        </ul>
      )}
    </section>
  );
};
