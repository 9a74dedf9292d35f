/**
 * The group commit of one batch: decide every queued command against the state, append all their
 * events in ONE store transaction, and report the answers and the state to swap in. Nothing is
 * acknowledged here; the caller acknowledges after this resolves, so only committed effects are
 * ever confirmed. When the append fails the returned state is the one given (or the one another
 * writer's events moved it to), never one with uncommitted events.
 *
 * Another node may append to the same meeting: the append then hands over what it appended first,
 * the caller follows those events, and the whole batch is decided again against the new state (a
 * dot that fitted the budget a moment ago may not any more) and appended after them, in the same
 * turn of the meeting's lock (PostgreSQL) or after a retry (see `appendInTurn`).
 */
import {
  type CommandAck,
  domainError,
  ErrorCode,
  evolve,
  type MeetingEvent,
  type MeetingState,
} from '@percolate/shared';
import type { Logger } from '../logger.js';
import { appendInTurn } from '../store/appendInTurn.js';
import { DuplicateCommandError, type EventStore, StreamNotFoundError } from '../store/types.js';
import { type BatchContext, decideBatch, type QueuedCommand } from './decideBatch.js';
import { answersOf } from './followEvents.js';

export interface CommitInput {
  store: EventStore;
  logger: Logger;
  state: MeetingState;
  queued: readonly QueuedCommand[];
  context: BatchContext;
}

export interface CommitResult {
  state: MeetingState;
  answers: Map<string, CommandAck>;
  /**
   * Events another writer committed first, found by the append (committed, whatever became of
   * this batch): the caller follows and publishes them before this batch's own.
   */
  followed: MeetingEvent[];
  /** The events this batch appended (none when it failed or everything was refused). */
  events: MeetingEvent[];
  /** The sequence number the batch was decided after (beyond the given state's after a follow). */
  from: number;
}

/** Each round drops at least one retried command that was already stored. */
const MAX_ROUNDS = 10;

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
}: CommitInput): Promise<CommitResult> => {
  const meetingId = initial.id;
  const answers = new Map<string, CommandAck>();
  let state = initial;
  let remaining = queued;
  const followed: MeetingEvent[] = [];
  const unchanged = (): CommitResult => ({
    state,
    answers,
    followed,
    events: [],
    from: state.seq,
  });
  /** A command another writer already committed (a retry) keeps its first answer. */
  const answered = (commandId: string, ack: CommandAck | null) => {
    if (ack && remaining.some((queued) => queued.commandId === commandId)) {
      answers.set(commandId, ack);
    }
  };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let outcome = decideBatch(state, remaining, context);
    if (outcome.eventCount === 0) {
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      return unchanged();
    }
    try {
      await appendInTurn(store, meetingId, state.seq, outcome.accepted, (newer) => {
        logger.debug('meeting moved on in the store; deciding the batch again', {
          meetingId,
          seq: state.seq,
          newer: newer.length,
        });
        // Only the state here: PostgreSQL may be holding the meeting's lock meanwhile.
        state = newer.reduce(evolve, state);
        followed.push(...newer);
        // Deciding it again could refuse it (its own dot may have used up the budget).
        for (const [commandId, seq] of answersOf(newer)) answered(commandId, { ok: true, seq });
        remaining = remaining.filter(({ commandId }) => !answers.has(commandId));
        outcome = decideBatch(state, remaining, context);
        return outcome.accepted;
      });
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      const events = outcome.accepted.flatMap((command) => command.events);
      return { state: outcome.next, answers, followed, events, from: state.seq };
    } catch (error) {
      if (error instanceof DuplicateCommandError) {
        const stored = await Promise.all(
          outcome.accepted.map(async ({ commandId }) => ({
            commandId,
            ack: await store.findCommandAck(meetingId, commandId),
          })),
        );
        for (const { commandId, ack } of stored) answered(commandId, ack);
        remaining = remaining.filter(({ commandId }) => !answers.has(commandId));
        continue;
      }
      if (error instanceof StreamNotFoundError) {
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
