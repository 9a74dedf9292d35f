/**
 * Time as a dependency: the server reads the time and schedules timer expiries and failovers
 * through a Clock, so tests can run a meeting's timers with a clock they advance themselves.
 */

export type CancelTimer = () => void;

export interface Clock {
  now(): number;
  /** Calls `callback` after `delayMs` (on the clock's own time); returns a cancel function. */
  setTimer(delayMs: number, callback: () => void): CancelTimer;
}

/** setTimeout overflows above 2^31-1 ms and fires at once; longer waits go in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(delayMs, callback) {
    let handle: ReturnType<typeof setTimeout>;
    const wait = (remaining: number) => {
      handle = setTimeout(
        () => (remaining > MAX_TIMEOUT_MS ? wait(remaining - MAX_TIMEOUT_MS) : callback()),
        Math.min(Math.max(0, remaining), MAX_TIMEOUT_MS),
      );
      handle.unref?.();
    };
    wait(delayMs);
    return () => clearTimeout(handle);
  },
};
