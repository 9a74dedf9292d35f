import type { Minutes } from '@percolate/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FailureCode } from '../../store/commandInput.js';
import { useAppStore } from '../../store/StoreContext.js';

/** Changes come in bursts (a vote, a round of thumbs): ask once they settle. */
export const MINUTES_REFRESH_DELAY_MS = 500;

export interface LiveMinutes {
  minutes: Minutes | null;
  error: FailureCode | null;
  retry(): void;
}

/**
 * The minutes of the meeting this browser is in, over its socket: fetched at once, then again a
 * moment after the meeting changes, for as long as the caller is shown.
 */
export const useLiveMinutes = (): LiveMinutes => {
  const seq = useAppStore((state) => state.seq);
  const fetchMinutes = useAppStore((state) => state.fetchMinutes);
  const [minutes, setMinutes] = useState<Minutes | null>(null);
  const [error, setError] = useState<FailureCode | null>(null);
  const latest = useRef(0);
  const fetchedOnce = useRef(false);

  const load = useCallback(async () => {
    const request = ++latest.current;
    const outcome = await fetchMinutes();
    // An older answer that arrives late must not replace a newer one.
    if (request !== latest.current) return;
    if (outcome.ok) {
      setMinutes(outcome.minutes);
      setError(null);
    } else {
      setError(outcome.code);
    }
  }, [fetchMinutes]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: seq is the trigger, not an input
  useEffect(() => {
    const delay = fetchedOnce.current ? MINUTES_REFRESH_DELAY_MS : 0;
    fetchedOnce.current = true;
    const timer = setTimeout(() => void load(), delay);
    return () => clearTimeout(timer);
  }, [seq, load]);

  // Answers still on their way when the caller goes away are dropped.
  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  return { minutes, error, retry: () => void load() };
};
