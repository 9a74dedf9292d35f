import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { movedTo } from '../movedTo.js';
import { useDragReorder } from '../useDragReorder.js';

const NO_IDS: string[] = [];

/**
 * Drag and drop for the queue's rows (moderators): a row dropped on another takes its place. The
 * ↑/↓ buttons beside each row are the keyboard's way to the same order.
 */
export const useQueueDrag = () => {
  const queue = useAppStore((state) => state.view?.queue ?? NO_IDS);
  const reorder = useCommand();
  const rowProps = useDragReorder('application/x-percolate-topic', (dragged, target) => {
    void reorder.run({ type: 'queue:reorder', order: movedTo(queue, dragged, target) });
  });
  return { rowProps, error: reorder.error };
};
