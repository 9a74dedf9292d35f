import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../ErrorText.js';
import { movedTo } from './queueOrder.js';
import './queue.css';

const NO_IDS: string[] = [];

/** ↑/↓ for one row: the keyboard's way to reorder, beside drag and drop. */
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
        data-unavailable={index === topics.length - 1}
        onClick={() => index < topics.length - 1 && move(index + 1)}
      >
        ↓
      </button>
      <ErrorText code={reorder.error} />
    </span>
  );
};
