/**
 * What the server must issue on its own when a running clock reaches zero: the discussion's
 * expiry, or the next speaker's turn in a round that moves on by itself. One at a time: a
 * discussion and a speaking round never run together.
 */
import type { SystemCommand } from './commands.js';
import { type MeetingState, Phase } from './model.js';
import { timerDeadline } from './timer.js';

export type TimerCommand = Extract<SystemCommand, { type: 'timer:expire' | 'round:expire' }>;

export interface DueTimer {
  command: TimerCommand;
  /** When to issue it (ms since the epoch). */
  deadline: number;
}

const discussionExpiry = (state: MeetingState): DueTimer | null => {
  const discussion = state.discussion;
  if (!discussion || discussion.continueVote) return null;
  const deadline = timerDeadline(discussion.timer);
  if (deadline === null) return null;
  return {
    command: { type: 'timer:expire', topicId: discussion.topicId, round: discussion.round },
    deadline,
  };
};

const speakerExpiry = (state: MeetingState): DueTimer | null => {
  const round = state.speakingRound;
  if (!round?.autoAdvance || !round.timer) return null;
  const deadline = timerDeadline(round.timer);
  if (deadline === null) return null;
  return {
    command: { type: 'round:expire', round: round.kind, index: round.currentIndex },
    deadline,
  };
};

export const dueTimer = (state: MeetingState): DueTimer | null =>
  state.phase === Phase.Ended ? null : (discussionExpiry(state) ?? speakerExpiry(state));
