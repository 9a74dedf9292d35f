import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MoveButtons } from '../../ui/MoveButtons.js';
import { movedTo } from '../../ui/movedTo.js';
import { LateBadge } from '../topics/LateBadge.js';
import { useQueueDrag } from './useQueueDrag.js';
import { useQueueTopics } from './useQueueTopics.js';

const NO_IDS: string[] = [];

/** ↑/↓ for one topic of the queue: the keyboard's way to reorder, beside drag and drop. */
export const ReorderButtons = ({
  topic,
  index,
  topics,
}: {
  topic: PublicTopicView;
  index: number;
  /** The rows shown, in queue order. */
  topics: PublicTopicView[];
}) => {
  const t = useT();
  const queue = useAppStore((state) => state.view?.queue ?? NO_IDS);
  const reorder = useCommand();
  const move = (to: number) => {
    const target = topics[to];
    if (target)
      void reorder.run({ type: 'queue:reorder', order: movedTo(queue, topic.id, target.id) });
  };
  return (
    <>
      <MoveButtons
        index={index}
        count={topics.length}
        upLabel={t('vote.moveUp', { title: topic.title })}
        downLabel={t('vote.moveDown', { title: topic.title })}
        onMove={move}
      />
      <ErrorText code={reorder.error} />
    </>
  );
};

/** After voting: the order of discussion, most dots first; moderators may still reorder. */
export const RankedQueue = () => {
  const t = useT();
  const topics = useQueueTopics();
  const isModerator = useAppStore(selectIsModerator);
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
            <span className="vote-total">{t('vote.total', { count: topic.dots ?? 0 })}</span>
            {isModerator ? <ReorderButtons topic={topic} index={index} topics={topics} /> : null}
          </li>
        ))}
      </ol>
      <ErrorText code={drag.error} />
    </>
  );
};
