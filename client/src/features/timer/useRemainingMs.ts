import { remainingMs, type Timer } from '@percolate/shared';
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/StoreContext.js';

/** How often the countdown redraws; the ring's CSS transition smooths between frames. */
const TICK_MS = 200;

/** Time left on a server timer, on the server's clock (local clock + measured offset). */
export const useRemainingMs = (timer: Timer | null): number => {
  const offset = useAppStore((state) => state.clockOffsetMs);
  const compute = () => (timer ? remainingMs(timer, Date.now() + offset) : 0);
  const [remaining, setRemaining] = useState(compute);

  // biome-ignore lint/correctness/useExhaustiveDependencies: compute reads exactly timer and offset
  useEffect(() => {
    setRemaining(compute());
    if (!timer || timer.pausedRemainingMs !== null) return;
    const interval = setInterval(() => {
      const next = compute();
      setRemaining(next);
      if (next <= 0) clearInterval(interval);
    }, TICK_MS);
    return () => clearInterval(interval);
  }, [timer, offset]);

  return remaining;
};
