import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/StoreContext.js';
import { beep } from './beep.js';

const ONE_MINUTE_MS = 60_000;
/** A shorter tone than the end's, so the two can be told apart without looking. */
const ONE_MINUTE_BEEP_SECONDS = 0.12;

export type TimerCue = 'oneMinute' | 'timeUp' | null;

/**
 * What a screen reader should hear now: only when the countdown crosses one minute and when it
 * ends, never every second. Also beeps at both (short, then long) when the person turned sound on.
 */
export const useTimerCues = (remaining: number, running: boolean): TimerCue => {
  const sound = useAppStore((state) => state.sound);
  const previous = useRef(remaining);
  const [cue, setCue] = useState<TimerCue>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = remaining;
    if (!running) return;
    if (before > ONE_MINUTE_MS && remaining <= ONE_MINUTE_MS && remaining > 0) {
      setCue('oneMinute');
      if (sound) beep(ONE_MINUTE_BEEP_SECONDS);
    }
    if (before > 0 && remaining <= 0) {
      setCue('timeUp');
      if (sound) beep();
    }
  }, [remaining, running, sound]);

  return cue;
};
