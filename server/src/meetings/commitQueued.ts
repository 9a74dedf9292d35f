/**
 * The group commit of one batch: decide every queued command against the state, append all their
 * events in ONE store transaction, and report the answers and the state to swap in. Nothing is
 * acknowledged here; the caller acknowledges after this resolves, so only committed effects are
 * ever confirmed. When the append fails the returned state is the one given (or the store's, when
 * another writer moved the meeting on), never one with uncommitted events.
 *
 * Another node may append to the same meeting: its expected sequence number then no longer
 * matches, the caller catches up with the store, and the whole batch is decided again against
 * the new state (a dot that fitted the budget a moment ago may not any more).
 */
import {
  type CommandAck,
  domainError,
  ErrorCode,
  type MeetingEvent,
  type MeetingState,
} from '@percolate/shared';
import type { Logger } from '../logger.js';
import {
  DuplicateCommandError,
  type EventStore,
  MeetingNotFoundError,
  SequenceConflictError,
} from '../store/types.js';
import { type BatchContext, decideBatch, type QueuedCommand } from './decideBatch.js';
import { answersOf } from './followEvents.js';

export interface CommitInput {
  store: EventStore;
  logger: Logger;
  state: MeetingState;
  queued: readonly QueuedCommand[];
  context: BatchContext;
  /**
   * Brings the caller's state up to the store's after a conflict and returns it with the events
   * it loaded. The caller publishes those itself: they are another writer's, not this batch's.
   */
  catchUp: () => Promise<{ state: MeetingState; events: readonly MeetingEvent[] }>;
}

export interface CommitResult {
  state: MeetingState;
  answers: Map<string, CommandAck>;
  /** The events this batch appended (none when it failed or everything was refused). */
  events: MeetingEvent[];
  /** The sequence number the batch was decided after (beyond the given state's after a catch-up). */
  from: number;
}

/**
 * Conflicts and retried commands each cost a round. While another node writes the same meeting
 * back to back, a batch that must first catch up tends to arrive just after its next write began
 * and loses again; a random pause, growing with each loss, lands it in a gap between the other's
 * writes. Forty rounds outlast any burst a meeting sees (at most about a second of pauses).
 */
const MAX_ATTEMPTS = 40;
const MAX_PAUSE_MS = 50;

const pause = (losses: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.random() * Math.min(2 ** losses, MAX_PAUSE_MS)),
  );

const failAll = (
  queued: readonly QueuedCommand[],
  answers: Map<string, CommandAck>,
  code: ErrorCode,
  message: string,
): void => {
  const ack: CommandAck = { ok: false, error: domainError(code, message) };
  for (const { commandId } of queued) if (!answers.has(commandId)) answers.set(commandId, ack);
};

export const commitQueued = async ({
  store,
  logger,
  state: initial,
  queued,
  context,
  catchUp,
}: CommitInput): Promise<CommitResult> => {
  const meetingId = initial.id;
  const answers = new Map<string, CommandAck>();
  let state = initial;
  let remaining = queued;
  let losses = 0;
  const unchanged = (): CommitResult => ({ state, answers, events: [], from: state.seq });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const outcome = decideBatch(state, remaining, context);
    if (outcome.eventCount === 0) {
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      return unchanged();
    }
    try {
      await store.append(meetingId, state.seq, outcome.accepted);
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      const events = outcome.accepted.flatMap((command) => command.events);
      return { state: outcome.next, answers, events, from: state.seq };
    } catch (error) {
      if (error instanceof SequenceConflictError) {
        logger.debug('meeting moved on in the store; catching up', { meetingId, seq: state.seq });
        losses += 1;
        await pause(losses);
        const caughtUp = await catchUp();
        state = caughtUp.state;
        // A retried command the other writer already committed keeps its first answer; deciding
        // it again could refuse it (its own dot may have used up the budget).
        for (const [commandId, seq] of answersOf(caughtUp.events)) {
          if (remaining.some((queued) => queued.commandId === commandId)) {
            answers.set(commandId, { ok: true, seq });
          }
        }
        remaining = remaining.filter(({ commandId }) => !answers.has(commandId));
        continue;
      }
      if (error instanceof DuplicateCommandError) {
        const stored = await Promise.all(
          outcome.accepted.map(async ({ commandId }) => ({
            commandId,
            ack: await store.findCommandAck(meetingId, commandId),
          })),
        );
        for (const { commandId, ack } of stored) if (ack) answers.set(commandId, ack);
        remaining = remaining.filter(({ commandId }) => !answers.has(commandId));
        continue;
      }
      if (error instanceof MeetingNotFoundError) {
        failAll(remaining, answers, ErrorCode.MeetingNotFound, 'the meeting no longer exists');
        return unchanged();
      }
      logger.error('append failed', { meetingId, error });
      failAll(remaining, answers, ErrorCode.Internal, 'the server could not save this');
      return unchanged();
    }
  }
  logger.error('append kept failing', { meetingId });
  failAll(remaining, answers, ErrorCode.Internal, 'the server could not save this');
  return unchanged();
};
