import { type DragEvent, useState } from 'react';

/**
 * Drag and drop within one list: a row dropped on another calls `move(dragged, target)`. Rows carry
 * `data-drop-target` while something hovers over them. Buttons beside each row (↑/↓) must offer
 * the same moves to the keyboard.
 */
export const useDragReorder = (
  dragType: string,
  move: (dragged: string, target: string) => void,
) => {
  const [over, setOver] = useState<string | null>(null);

  return (id: string) => ({
    draggable: true,
    'data-drop-target': over === id ? true : undefined,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(dragType, id);
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(dragType)) return;
      event.preventDefault();
      setOver(id);
    },
    onDragLeave: () => setOver((current) => (current === id ? null : current)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(null);
      const dragged = event.dataTransfer.getData(dragType);
      if (dragged && dragged !== id) move(dragged, id);
    },
    onDragEnd: () => setOver(null),
  });
};
