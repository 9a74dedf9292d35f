import { CONTINUE_CHOICES, type PublicDiscussionView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import '../../features/discuss/discuss.css';

/** The thumbs tally in big numbers, while the continue-vote is open. */
export const BoardContinueTally = ({ vote }: { vote: PublicDiscussionView['continueVote'] }) => {
  const t = useT();
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
