import { CONTINUE_CHOICES } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import '../../features/discuss/discuss.css';

/** The thumbs tally in big numbers, while the continue-vote is open. */
export const BoardContinueTally = () => {
  const t = useT();
  const vote = useAppStore((state) => state.view?.discussion?.continueVote ?? null);
  if (!vote) return null;
  return (
    <section className="board-tally" aria-label={t('continue.title')}>
      <h3>{t('continue.title')}</h3>
      <dl>
        {CONTINUE_CHOICES.map((choice) => (
          <div key={choice}>
            <dt>{t(`continue.${choice}`)}</dt>
            <dd>{vote.tally[choice]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
