import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../ErrorText.js';
import { MoveButtons } from '../MoveButtons.js';
import { movedTo } from '../movedTo.js';

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
