/**
 * What the server must issue on its own when a running clock reaches zero: a discussion's expiry
 * (the plenary's or a table's), or the next speaker's turn in a round that moves on by itself.
 * Several may run at once (one per table): the earliest is due first, and once it is issued the
 * next state names the next one.
 */
import type { SystemCommand } from './commands.js';
import { allScopes, atTable, type DiscussionScope } from './discussionScope.js';
import { type MeetingState, Phase } from './model.js';
import { timerDeadline } from './timer.js';

export type TimerCommand = Extract<SystemCommand, { type: 'timer:expire' | 'round:expire' }>;

export interface DueTimer {
  command: TimerCommand;
  /** When to issue it (ms since the epoch). */
  deadline: number;
}

const discussionExpiry = ({ discussion, tableId }: DiscussionScope): DueTimer | null => {
  if (!discussion || discussion.continueVote) return null;
  const deadline = timerDeadline(discussion.timer);
  if (deadline === null) return null;
  return {
    command: {
      type: 'timer:expire',
      topicId: discussion.topicId,
      round: discussion.round,
      ...atTable(tableId),
    },
    deadline,
  };
};

const earliest = (timers: readonly (DueTimer | null)[]): DueTimer | null =>
  timers.reduce<DueTimer | null>(
    (first, due) => (due && (!first || due.deadline < first.deadline) ? due : first),
    null,
  );

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

/** The parts of the state `dueTimer` reads (the plenary's scope takes its queue along). */
export type DueTimerInputs = Pick<
  MeetingState,
  'phase' | 'discussion' | 'queue' | 'tables' | 'speakingRound'
>;

export const dueTimerInputs = ({
  phase,
  discussion,
  queue,
  tables,
  speakingRound,
}: DueTimerInputs): DueTimerInputs => ({ phase, discussion, queue, tables, speakingRound });

/**
 * Whether `dueTimer` gives the same answer for both: the state is never mutated, so the same
 * objects mean the same answer.
 */
export const sameDueTimerInputs = (a: DueTimerInputs, b: DueTimerInputs): boolean =>
  a.phase === b.phase &&
  a.discussion === b.discussion &&
  a.queue === b.queue &&
  a.tables === b.tables &&
  a.speakingRound === b.speakingRound;

export const dueTimer = (state: MeetingState): DueTimer | null =>
  state.phase === Phase.Ended
    ? null
    : (earliest(allScopes(state).map(discussionExpiry)) ?? speakerExpiry(state));
