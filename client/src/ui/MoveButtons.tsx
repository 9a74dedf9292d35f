import { useEffect, useRef, useState } from 'react';
import './reorder.css';

type Direction = 'earlier' | 'later';

/**
 * ↑/↓ for one row of a reorderable list: the keyboard's way to the order that drag and drop gives
 * the mouse. A button at the end of the list stays in place (focus is kept) but does nothing.
 * When the row has moved, focus is put back on the button that moved it: the browser drops it
 * when the row's element is taken out and put back elsewhere.
 */
export const MoveButtons = ({
  index,
  count,
  upLabel,
  downLabel,
  onMove,
  symbols = ['↑', '↓'],
}: {
  index: number;
  count: number;
  upLabel: string;
  downLabel: string;
  /** Called with the index the row should take. */
  onMove: (to: number) => void;
  /** Earlier and later: ← and → suit a list that reads across. */
  symbols?: readonly [string, string];
}) => {
  const earlier = useRef<HTMLButtonElement>(null);
  const later = useRef<HTMLButtonElement>(null);
  const [moving, setMoving] = useState<Direction | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the row has moved
  useEffect(() => {
    if (moving === null) return;
    (moving === 'earlier' ? earlier : later).current?.focus();
    setMoving(null);
  }, [index]);

  const move = (direction: Direction) => {
    const to = direction === 'earlier' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    setMoving(direction);
    onMove(to);
  };

  return (
    <span className="reorder">
      <button
        ref={earlier}
        type="button"
        className="button ghost small"
        aria-label={upLabel}
        data-unavailable={index === 0}
        onClick={() => move('earlier')}
      >
        {symbols[0]}
      </button>
      <button
        ref={later}
        type="button"
        className="button ghost small"
        aria-label={downLabel}
        data-unavailable={index === count - 1}
        onClick={() => move('later')}
      >
        {symbols[1]}
      </button>
    </span>
  );
};
