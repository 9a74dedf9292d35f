import './dots.css';

/** Dots drawn as circles: `filled` of `total`. Decorative; callers give the words. */
export const Dots = ({
  filled,
  total,
  className = '',
}: {
  filled: number;
  total: number;
  className?: string;
}) => (
  <span className={`dots ${className}`} aria-hidden="true">
    {Array.from({ length: total }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: identical circles, only their position differs
      <span key={index} className={index < filled ? 'dot filled' : 'dot'} />
    ))}
  </span>
);
