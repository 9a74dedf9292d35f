import { continueOutcome, remainingMs, startTimer, timerDeadline } from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('timers', () => {
  it('counts down from the start and stops at zero', () => {
    const timer = startTimer(1000, 60_000);
    expect(remainingMs(timer, 1000)).toBe(60_000);
    expect(remainingMs(timer, 31_000)).toBe(30_000);
    expect(remainingMs(timer, 999_999)).toBe(0);
    expect(timerDeadline(timer)).toBe(61_000);
  });

  it('shows what was left while paused, and has no deadline', () => {
    const paused = { startedAt: 0, durationMs: 60_000, pausedRemainingMs: 12_000 };
    expect(remainingMs(paused, 10 ** 9)).toBe(12_000);
    expect(timerDeadline(paused)).toBeNull();
  });

  it('never reports negative time', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0 }), fc.integer(), (start, duration, now) => {
        expect(remainingMs(startTimer(start, duration), now)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('the continue-vote outcome', () => {
  it.each([
    [{ up: 2, sideways: 0, down: 1 }, 'continue'],
    [{ up: 1, sideways: 5, down: 0 }, 'continue'],
    [{ up: 1, sideways: 0, down: 1 }, 'close'],
    [{ up: 0, sideways: 3, down: 0 }, 'close'],
    [{ up: 0, sideways: 0, down: 0 }, 'close'],
    [{ up: 1, sideways: 0, down: 2 }, 'close'],
  ] as const)('%o → %s', (tally, outcome) => {
    expect(continueOutcome(tally)).toBe(outcome);
  });
});
