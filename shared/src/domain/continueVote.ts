/** The Roman vote after a timebox: thumbs up / sideways / down, and what it decides. */
import type { ContinueTally } from './events.js';
import type { ContinueVote, Settings } from './model.js';

export const tallyContinueVote = (vote: ContinueVote): ContinueTally => {
  const tally: ContinueTally = { up: 0, sideways: 0, down: 0 };
  for (const choice of Object.values(vote.votes)) tally[choice] += 1;
  return tally;
};

export type ContinueOutcome = 'continue' | 'close';

/** Continue only when more thumbs go up than down; sideways abstains and a tie moves on. */
export const continueOutcome = (tally: ContinueTally): ContinueOutcome =>
  tally.up > tally.down ? 'continue' : 'close';

/**
 * Minutes of the extension that follows timebox `round` (0 = the first timebox). Past the end of
 * the list the last value repeats; with an empty list it is half the first timebox, rounded up.
 */
export const extensionMinutesAfter = (settings: Settings, round: number): number => {
  const list = settings.extensionMinutes;
  if (list.length === 0) return Math.ceil(settings.timeboxMinutes / 2);
  return list[Math.min(round, list.length - 1)] ?? Math.ceil(settings.timeboxMinutes / 2);
};
