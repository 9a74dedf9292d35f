import { remainingMs, type Timer } from '@percolate/shared';
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/StoreContext.js';

/**
 * Until the shown (rounded-up) whole second changes: one redraw per second, in step with the
 * clock. A tick that fires a little early finds a few ms left and comes back for them.
 */
const untilNextSecond = (remaining: number): number => remaining % 1000 || 1000;

/**
 * Time left on a server timer, on the server's clock (local clock + measured offset). Redraws once
 * a second, when the shown time changes: a phone's main thread stays idle in between.
 */
export const useRemainingMs = (timer: Timer | null): number => {
  const offset = useAppStore((state) => state.clockOffsetMs);
  const compute = () => (timer ? remainingMs(timer, Date.now() + offset) : 0);
  const [remaining, setRemaining] = useState(compute);

  // biome-ignore lint/correctness/useExhaustiveDependencies: compute reads exactly timer and offset
  useEffect(() => {
    const first = compute();
    setRemaining(first);
    if (!timer || timer.pausedRemainingMs !== null) return;
    let tick: ReturnType<typeof setTimeout> | undefined;
    const schedule = (current: number) => {
      if (current <= 0) return;
      tick = setTimeout(() => {
        const next = compute();
        setRemaining(next);
        schedule(next);
      }, untilNextSecond(current));
    };
    schedule(first);
    return () => clearTimeout(tick);
  }, [timer, offset]);

  return remaining;
};
