import { type DragEvent, useState } from 'react';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { movedTo } from './queueOrder.js';

const NO_IDS: string[] = [];
const DRAG_TYPE = 'application/x-percolate-topic';

/**
 * Drag and drop for the queue's rows (moderators): a row dropped on another takes its place. The
 * ↑/↓ buttons beside each row are the keyboard's way to the same order.
 */
export const useQueueDrag = () => {
  const queue = useAppStore((state) => state.view?.queue ?? NO_IDS);
  const reorder = useCommand();
  const [over, setOver] = useState<string | null>(null);

  const rowProps = (id: string) => ({
    draggable: true,
    'data-drop-target': over === id ? true : undefined,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      setOver(id);
    },
    onDragLeave: () => setOver((current) => (current === id ? null : current)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(null);
      const dragged = event.dataTransfer.getData(DRAG_TYPE);
      if (!dragged || dragged === id) return;
      void reorder.run({ type: 'queue:reorder', order: movedTo(queue, dragged, id) });
    },
    onDragEnd: () => setOver(null),
  });

  return { rowProps, error: reorder.error };
};
