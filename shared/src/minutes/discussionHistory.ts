/**
 * What the meeting state forgets about each discussion: how long it was planned, how long it
 * really ran and how each continue-vote ended. A fold over the event log.
 *
 * Time counts while the topic's timer runs: from discussion:started, timer:resumed or
 * discussion:continued (or an extension after the time was up) until timer:paused, timer:expired
 * or discussion:closed. Paused time and the continue-votes themselves do not count.
 *
 * Each table discusses on its own (its events carry `tableId`): the fold keeps one discussion in
 * progress per scope, so two tables discussing at once never mix their time or votes.
 */
import { type ContinueOutcome, continueOutcome } from '../domain/continueVote.js';
import type { ContinueTally, MeetingEvent } from '../domain/events.js';
import type { TableId, Timer, TopicId } from '../domain/model.js';
import { isPaused, remainingMs } from '../domain/timer.js';

export interface ContinueVoteRecord {
  /** Which timebox had ended: 1 = the first timebox, 2 = the first extension, … */
  afterTimebox: number;
  tally: ContinueTally;
  outcome: ContinueOutcome;
  /** The facilitator decided against the majority. */
  overridden: boolean;
  /** Length of the extension granted, when the topic continued. */
  extensionMs: number | null;
}

export interface DiscussionRecord {
  topicId: TopicId;
  /** The table it was discussed at; null = the plenary. */
  tableId: TableId | null;
  startedAt: number;
  /** The timebox plus every extension granted. */
  plannedMs: number;
  spentMs: number;
  continueVotes: ContinueVoteRecord[];
  closed: boolean;
}

interface Current {
  record: DiscussionRecord;
  timer: Timer;
  /** Index of the timebox in progress (0 = the first); an extension after the time was up counts as one. */
  round: number;
  /** Set while the timer runs. */
  runningSince: number | null;
  /** The time is up and a continue-vote is open. */
  expired: boolean;
}

const stopClock = (current: Current, at: number): void => {
  if (current.runningSince === null) return;
  current.record.spentMs += Math.max(0, at - current.runningSince);
  current.runningSince = null;
};

/** The outcome compared with the tally's majority, also when a phase change closed the topic. */
const voteRecord = (
  afterTimebox: number,
  tally: ContinueTally,
  outcome: ContinueOutcome,
  extensionMs: number | null,
): ContinueVoteRecord => ({
  afterTimebox,
  tally: { ...tally },
  outcome,
  overridden: continueOutcome(tally) !== outcome,
  extensionMs,
});

/**
 * Every discussion, in the order the topics were first started. A discussion still running is
 * counted up to `now`.
 */
export const discussionHistory = (
  events: readonly MeetingEvent[],
  now: number,
): DiscussionRecord[] => {
  const records = new Map<TopicId, DiscussionRecord>();
  /** The discussion in progress per scope (a table's id, '' for the plenary). */
  const inProgress = new Map<TableId, Current>();

  for (const event of events) {
    const at = event.at;
    const scope = 'tableId' in event ? (event.tableId ?? '') : '';
    if (event.type === 'discussion:started') {
      const record = records.get(event.topicId) ?? {
        topicId: event.topicId,
        tableId: event.tableId ?? null,
        startedAt: at,
        plannedMs: 0,
        spentMs: 0,
        continueVotes: [],
        closed: false,
      };
      record.plannedMs += event.timer.durationMs;
      record.closed = false;
      records.set(event.topicId, record);
      inProgress.set(scope, {
        record,
        timer: event.timer,
        round: 0,
        runningSince: at,
        expired: false,
      });
      continue;
    }
    const current = inProgress.get(scope);
    if (!current) continue;
    switch (event.type) {
      case 'timer:paused':
        stopClock(current, at);
        current.timer = { ...current.timer, pausedRemainingMs: event.remainingMs };
        break;
      case 'timer:resumed':
        current.timer = event.timer;
        current.runningSince = at;
        break;
      case 'timer:extended': {
        const before = current.expired ? 0 : remainingMs(current.timer, at);
        current.record.plannedMs += Math.max(0, remainingMs(event.timer, at) - before);
        current.timer = event.timer;
        if (current.expired) {
          current.expired = false;
          current.round += 1;
          current.runningSince = isPaused(event.timer) ? null : at;
        }
        break;
      }
      case 'timer:set': {
        // Shortening plans less time, lengthening more: what counts is the new time left.
        current.record.plannedMs += remainingMs(event.timer, at) - remainingMs(current.timer, at);
        current.timer = event.timer;
        break;
      }
      case 'timer:expired':
        stopClock(current, at);
        current.expired = true;
        break;
      case 'discussion:continued':
        stopClock(current, at);
        current.record.plannedMs += event.timer.durationMs;
        current.record.continueVotes.push(
          voteRecord(current.round + 1, event.tally, 'continue', event.timer.durationMs),
        );
        inProgress.set(scope, {
          ...current,
          timer: event.timer,
          round: current.round + 1,
          runningSince: at,
          expired: false,
        });
        break;
      case 'discussion:closed':
        stopClock(current, at);
        if (event.tally) {
          current.record.continueVotes.push(
            voteRecord(current.round + 1, event.tally, 'close', null),
          );
        }
        current.record.closed = true;
        inProgress.delete(scope);
        break;
      default:
        break;
    }
  }

  for (const current of inProgress.values()) {
    stopClock(current, Math.max(now, current.runningSince ?? now));
  }
  return [...records.values()];
};
