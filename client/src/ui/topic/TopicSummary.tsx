import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useParticipantName } from '../useParticipantName.js';
import { useHistoryLine } from './useHistoryLine.js';
import './topic.css';

/** A topic's title, description and who proposed it (unless topics are anonymous). */
export const TopicSummary = ({
  topic,
  headingLevel = 4,
}: {
  topic: PublicTopicView;
  headingLevel?: 3 | 4;
}) => {
  const t = useT();
  const mine = useAppStore((state) => state.me?.myTopicIds.includes(topic.id) ?? false);
  const author = useParticipantName(topic.authorId);
  const historyLine = useHistoryLine();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="topic-summary">
      <Heading className="topic-title">{topic.title}</Heading>
      {topic.description ? <p className="topic-description">{topic.description}</p> : null}
      {topic.origin ? (
        <p className="topic-origin">
          <span className="badge">{t('topics.fromBacklog')}</span>{' '}
          <span className="muted small">{historyLine(topic.origin)}</span>
        </p>
      ) : null}
      <p className="topic-meta">
        {mine ? (
          <span className="badge">{t('topics.yours')}</span>
        ) : topic.authorId ? (
          t('topics.by', { name: author })
        ) : null}
      </p>
    </div>
  );
};
