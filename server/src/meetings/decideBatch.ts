/**
 * Deciding a batch of queued commands against the meeting's state, in arrival order, without
 * touching the state: each accepted command's events are numbered and evolved into a working
 * copy, so later commands in the batch see the earlier ones' effects. Nothing here is stored or
 * acknowledged yet; that happens only after the batch commits.
 */
import {
  type Actor,
  type Command,
  type CommandAck,
  decide,
  evolve,
  isDomainError,
  type MeetingEvent,
  type MeetingState,
  type SystemCommand,
} from '@percolate/shared';
import type { CommittedCommand } from '../store/types.js';

export interface QueuedCommand {
  commandId: string;
  command: Command | SystemCommand;
  actor: Actor;
}

export interface BatchOutcome {
  /** The state after every accepted command. */
  next: MeetingState;
  /** Accepted commands with their numbered events and acks, to append in one transaction. */
  accepted: CommittedCommand[];
  /** The answer for each queued command's id (a repeated id shares the first one's answer). */
  answers: Map<string, CommandAck>;
  /** How many events the batch appends. */
  eventCount: number;
}

export interface BatchContext {
  now: () => number;
  newId: () => string;
  /** Who is online now (for a balanced split into tables). */
  online?: () => readonly string[];
  random?: () => number;
}

export const decideBatch = (
  state: MeetingState,
  queued: readonly QueuedCommand[],
  context: BatchContext,
): BatchOutcome => {
  let working = state;
  const accepted: CommittedCommand[] = [];
  const answers = new Map<string, CommandAck>();
  let eventCount = 0;
  const { newId, online, random } = context;
  for (const { commandId, command, actor } of queued) {
    if (answers.has(commandId)) continue;
    const now = context.now();
    // One shape for every command (the rules treat a missing `online` or `random` as left out).
    const decision = decide(working, command, actor, { now, newId, online, random });
    if (isDomainError(decision)) {
      answers.set(commandId, { ok: false, error: decision });
      continue;
    }
    const events = decision.map(
      (body, index): MeetingEvent => ({
        ...body,
        seq: working.seq + 1 + index,
        at: now,
        commandId,
      }),
    );
    working = events.reduce(evolve, working);
    const ack: CommandAck = { ok: true, seq: working.seq };
    accepted.push({ commandId, events, ack });
    answers.set(commandId, ack);
    eventCount += events.length;
  }
  return { next: working, accepted, answers, eventCount };
};
