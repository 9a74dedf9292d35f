import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useQueueTopics } from './useQueueTopics.js';

const NO_IDS: string[] = [];

const moved = (queue: string[], from: number, to: number): string[] => {
  const next = [...queue];
  const [id] = next.splice(from, 1);
  if (id !== undefined) next.splice(to, 0, id);
  return next;
};

const ReorderButtons = ({
  topic,
  index,
  queue,
}: {
  topic: PublicTopicView;
  index: number;
  queue: string[];
}) => {
  const t = useT();
  const reorder = useCommand();
  const move = (to: number) =>
    void reorder.run({ type: 'queue:reorder', order: moved(queue, index, to) });
  return (
    <span className="reorder">
      <button
        type="button"
        className="button ghost small"
        aria-label={t('vote.moveUp', { title: topic.title })}
        data-unavailable={index === 0}
        onClick={() => index > 0 && move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button ghost small"
        aria-label={t('vote.moveDown', { title: topic.title })}
        data-unavailable={index === queue.length - 1}
        onClick={() => index < queue.length - 1 && move(index + 1)}
      >
        ↓
      </button>
      <ErrorText code={reorder.error} />
    </span>
  );
};

/** After voting: the order of discussion, most dots first; moderators may still reorder. */
export const RankedQueue = () => {
  const t = useT();
  const queue = useAppStore((state) => state.view?.queue ?? NO_IDS);
  const topics = useQueueTopics();
  const isModerator = useAppStore(selectIsModerator);
  return (
    <ol className="ranked">
      {topics.map((topic, index) => (
        <li key={topic.id} className="card ranked-row">
          <span className="rank" aria-hidden="true">
            {index + 1}
          </span>
          <span className="ranked-title">{topic.title}</span>
          <span className="vote-total">{t('vote.total', { count: topic.dots ?? 0 })}</span>
          {isModerator ? <ReorderButtons topic={topic} index={index} queue={queue} /> : null}
        </li>
      ))}
    </ol>
  );
};
