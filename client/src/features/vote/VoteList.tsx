import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { VoteRow } from './VoteRow.js';

/** The topics to put dots on, or a word that there are none yet. */
export const VoteList = ({ topics }: { topics: PublicTopicView[] }) => {
  const t = useT();
  if (topics.length === 0) return <p className="muted">{t('topics.none')}</p>;
  return (
    <ul className="vote-list" aria-label={t('vote.listLabel')}>
      {topics.map((topic) => (
        <VoteRow key={topic.id} topic={topic} />
      ))}
    </ul>
  );
};
