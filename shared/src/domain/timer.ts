/** Server-authoritative countdowns, as data. */
import type { Timer } from './model.js';

/** A fresh running timer. */
export const startTimer = (now: number, durationMs: number): Timer => ({
  startedAt: now,
  durationMs: Math.max(0, durationMs),
  pausedRemainingMs: null,
});

export const isPaused = (timer: Timer): boolean => timer.pausedRemainingMs !== null;

/** What is left at `now`; never negative. */
export const remainingMs = (timer: Timer, now: number): number => {
  if (timer.pausedRemainingMs !== null) return Math.max(0, timer.pausedRemainingMs);
  return Math.max(0, timer.durationMs - (now - timer.startedAt));
};

/** When a running timer runs out; null while paused. */
export const timerDeadline = (timer: Timer): number | null =>
  timer.pausedRemainingMs !== null ? null : timer.startedAt + timer.durationMs;

export const minutesToMs = (minutes: number): number => minutes * 60_000;
