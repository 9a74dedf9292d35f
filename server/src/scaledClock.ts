/**
 * A clock that runs `scale` times faster than the wall clock, for tests of timers across server
 * processes (a fake clock cannot be shared between processes). Every process given the same
 * origin and scale reads the same time. Only the test-only PERCOLATE_TEST_TIME_SCALE turns it on.
 */
import { type Clock, systemClock } from './clock.js';

export interface TimeScale {
  scale: number;
  /** The wall-clock moment (ms) at which scaled and real time agree. */
  origin: number;
}

export const scaledClock = ({ scale, origin }: TimeScale): Clock => ({
  now: () => origin + (Date.now() - origin) * scale,
  setTimer: (delayMs, callback) => systemClock.setTimer(delayMs / scale, callback),
});
