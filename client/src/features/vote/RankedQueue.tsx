import { useT } from '../../i18n/useT.js';
import { useScopeTableId } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useQueueTopics } from '../../store/useQueueTopics.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { ReorderButtons } from '../../ui/queue/ReorderButtons.js';
import { useQueueDrag } from '../../ui/queue/useQueueDrag.js';
import { LateBadge } from '../../ui/topic/LateBadge.js';

/** After voting: the order of discussion, most dots first; moderators may still reorder. */
export const RankedQueue = () => {
  const t = useT();
  const topics = useQueueTopics();
  const tableId = useScopeTableId();
  // The plenary's queue is reordered; a table's follows its dots.
  const isModerator = useAppStore(selectIsModerator) && tableId === null;
  const drag = useQueueDrag();
  return (
    <>
      {isModerator ? <p className="muted small">{t('vote.dragHint')}</p> : null}
      <ol className="ranked">
        {topics.map((topic, index) => (
          <li
            key={topic.id}
            className="card ranked-row"
            {...(isModerator ? drag.rowProps(topic.id) : {})}
          >
            <span className="rank" aria-hidden="true">
              {index + 1}
            </span>
            <span className="ranked-title">{topic.title}</span>
            <LateBadge late={topic.late} />
            {topic.dots === null ? null : (
              <span className="vote-total">{t('vote.total', { count: topic.dots })}</span>
            )}
            {isModerator ? <ReorderButtons topic={topic} index={index} topics={topics} /> : null}
          </li>
        ))}
      </ol>
      <ErrorText code={drag.error} />
    </>
  );
};
