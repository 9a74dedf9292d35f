/**
 * ↑/↓ for one row of a reorderable list: the keyboard's way to the order that drag and drop gives
 * the mouse. A button at the end of the list stays in place (focus is kept) but does nothing.
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
}) => (
  <span className="reorder">
    <button
      type="button"
      className="button ghost small"
      aria-label={upLabel}
      data-unavailable={index === 0}
      onClick={() => index > 0 && onMove(index - 1)}
    >
      {symbols[0]}
    </button>
    <button
      type="button"
      className="button ghost small"
      aria-label={downLabel}
      data-unavailable={index === count - 1}
      onClick={() => index < count - 1 && onMove(index + 1)}
    >
      {symbols[1]}
    </button>
  </span>
);
