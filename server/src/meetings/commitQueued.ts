/**
 * The group commit of one batch: decide every queued command against the state, append all their
 * events in ONE store transaction, and report the answers and the state to swap in. Nothing is
 * acknowledged here; the caller acknowledges after this resolves, so only committed effects are
 * ever confirmed. When the append fails the returned state is the one given (or the store's, when
 * another writer moved the meeting on), never one with uncommitted events.
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
import {
  DuplicateCommandError,
  type EventStore,
  MeetingNotFoundError,
  SequenceConflictError,
} from '../store/types.js';
import { type BatchContext, decideBatch, type QueuedCommand } from './decideBatch.js';

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
  /** Every event the returned state has beyond the given one (another writer's, then ours). */
  events: MeetingEvent[];
}

/** Another writer moved on, or retries were already committed: enough rounds for both, once. */
const MAX_ATTEMPTS = 3;

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
  let reloaded: MeetingEvent[] | null = null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const outcome = decideBatch(state, remaining, context);
    if (outcome.eventCount === 0) {
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      return { state, answers, events: reloaded ?? [] };
    }
    try {
      await store.append(meetingId, state.seq, outcome.accepted);
      for (const [id, ack] of outcome.answers) answers.set(id, ack);
      const ours = outcome.accepted.flatMap((command) => command.events);
      return { state: outcome.next, answers, events: [...(reloaded ?? []), ...ours] };
    } catch (error) {
      if (error instanceof SequenceConflictError && !reloaded) {
        logger.warn('meeting moved on in the store; reloading', { meetingId, seq: state.seq });
        reloaded = await store.loadEvents(meetingId, state.seq);
        state = reloaded.reduce(evolve, state);
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
        return { state, answers, events: reloaded ?? [] };
      }
      logger.error('append failed', { meetingId, error });
      failAll(remaining, answers, ErrorCode.Internal, 'the server could not save this');
      return { state, answers, events: reloaded ?? [] };
    }
  }
  logger.error('append kept failing', { meetingId });
  failAll(remaining, answers, ErrorCode.Internal, 'the server could not save this');
  return { state, answers, events: reloaded ?? [] };
};
