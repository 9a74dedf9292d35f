/** A clock the test moves by hand: `advance(ms)` fires every timer that falls due, in order. */
import type { CancelTimer, Clock } from '../../server/src/clock.js';

interface Scheduled {
  at: number;
  order: number;
  callback: () => void;
}

export class FakeClock implements Clock {
  private current: number;
  private timers: Scheduled[] = [];
  private order = 0;

  constructor(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(delayMs: number, callback: () => void): CancelTimer {
    const timer: Scheduled = {
      at: this.current + Math.max(0, delayMs),
      order: this.order++,
      callback,
    };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time on, firing due timers one by one at their own time. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.timers
        .filter((t) => t.at <= target)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.current = Math.max(this.current, next.at);
      next.callback();
    }
    this.current = target;
  }

  /** How many timers wait to fire. */
  get pending(): number {
    return this.timers.length;
  }
}
