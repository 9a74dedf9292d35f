/**
 * The listeners of one connected socket, registered once when it connects. Each is thin:
 * rate-limit → validate → dispatch → acknowledge (`minutes:get` has no payload to validate). Whatever a client sends (no ack function, a
 * non-object, a huge string, `__proto__` keys) is answered with an error or ignored, never thrown.
 */
import {
  type Actor,
  type ClientToServerEvents,
  type CommandAck,
  type DomainError,
  domainError,
  ErrorCode,
  isDomainError,
  type MinutesAck,
} from '@percolate/shared';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { ViewerIdentity } from '../meetings/connections.js';
import type { MeetingRuntime } from '../meetings/meetingRuntime.js';
import type { CommandObserver } from '../metrics/metrics.js';
import { senderCommandId } from '../senderCommandId.js';
import { parseCommand } from './parseCommand.js';
import { TokenBucket } from './tokenBucket.js';
import type { MeetingSocket } from './types.js';

export interface HandlerDeps {
  clock: Clock;
  logger: Logger;
  rateLimits: AppConfig['rateLimits'];
  observeCommand?: CommandObserver;
}

type Ack<T> = (answer: T) => void;

/** Socket.IO passes the acknowledgement callback as the last argument, when the client asked for one. */
const splitArgs = (args: unknown[]): { payload: unknown; ack: Ack<unknown> | undefined } => {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as Ack<unknown>) : undefined;
  return { payload: ack && args.length === 1 ? undefined : args[0], ack };
};

const syncSchema = z.object({ since: z.number().int().min(0) });

/** A refusal fits every acknowledgement (commands, minutes). */
const refusal = (error: DomainError) => ({ ok: false as const, error });
const RATE_LIMITED = refusal(domainError(ErrorCode.RateLimited, 'too many messages, slow down'));

/** What a connected socket's listeners need: one object per socket, read by shared functions. */
interface Session {
  socket: MeetingSocket;
  runtime: MeetingRuntime;
  identity: ViewerIdentity;
  actor: Extract<Actor, { kind: 'client' }>;
  bucket: TokenBucket;
  deps: HandlerDeps;
}

type Handler = (session: Session, args: unknown[]) => void;

const onCommand: Handler = ({ socket, runtime, identity, actor, bucket, deps }, args) => {
  const { payload, ack } = splitArgs(args);
  const answer: Ack<CommandAck> = ack ?? (() => {});
  if (!bucket.take()) return answer(RATE_LIMITED);
  const command = parseCommand(payload);
  const observed = deps.observeCommand?.(isDomainError(command) ? 'invalid' : command.type);
  const reply: Ack<CommandAck> = observed
    ? (result) => {
        observed(result);
        answer(result);
      }
    : answer;
  if (isDomainError(command)) return reply(refusal(command));
  const commandId = senderCommandId(identity.tokenHash, command.id);
  runtime.dispatch(command, actor, reply, commandId, socket.id);
};

const onSync: Handler = ({ runtime, identity, bucket, deps }, args) => {
  const { payload, ack } = splitArgs(args);
  if (!ack) return;
  if (!bucket.take()) return ack({ kind: 'refused', error: RATE_LIMITED.error });
  const request = syncSchema.safeParse(payload);
  if (!request.success) return ack({ kind: 'snapshot', snapshot: runtime.snapshot(identity) });
  runtime.sync(request.data.since, identity).then(ack, (error: unknown) => {
    deps.logger.error('sync failed', { meetingId: runtime.id, error });
  });
};

const onTimePing: Handler = ({ deps }, args) => {
  const { ack } = splitArgs(args);
  ack?.(deps.clock.now());
};

// An event the protocol does not have is answered when the sender asked for an answer.
const onUnknown: Handler = (_session, args) => {
  const { ack } = splitArgs(args);
  ack?.(refusal(domainError(ErrorCode.UnknownCommand, 'unknown event')));
};

// The minutes so far, for the minutes tab of someone in the meeting.
const onMinutesGet: Handler = ({ runtime, identity, bucket, deps }, args) => {
  const { ack } = splitArgs(args);
  if (!ack) return;
  const reply: Ack<MinutesAck> = ack;
  if (!bucket.take()) return reply(RATE_LIMITED);
  const pending = runtime.minutesFor(identity);
  if (!pending) {
    return reply(refusal(domainError(ErrorCode.NotJoined, 'join the meeting first')));
  }
  pending.then(
    (minutes) => reply({ ok: true, minutes }),
    (error: unknown) => {
      deps.logger.error('minutes failed', { meetingId: runtime.id, error });
      reply(refusal(domainError(ErrorCode.Internal, 'the minutes could not be made')));
    },
  );
};

/** Runs one listener's work; whatever it throws is logged, never thrown back into Socket.IO. */
const guarded = (session: Session, event: string, handle: Handler, args: unknown[]): void => {
  try {
    handle(session, args);
  } catch (error) {
    session.deps.logger.error('socket handler failed', {
      event,
      meetingId: session.runtime.id,
      error,
    });
  }
};

const HANDLERS: Record<keyof ClientToServerEvents, Handler> = {
  command: onCommand,
  sync: onSync,
  'time:ping': onTimePing,
  'minutes:get': onMinutesGet,
};

const handlerOf = (event: unknown): { name: string; handle: Handler } =>
  typeof event === 'string' && Object.hasOwn(HANDLERS, event)
    ? { name: event, handle: HANDLERS[event as keyof ClientToServerEvents] }
    : { name: 'unknown', handle: onUnknown };

/**
 * The handlers are shared functions, and each socket gets one listener for every event around its
 * session: every connected socket holds its listeners (a wrapper and a closure per event, with
 * their scopes, came to about 1 KB a socket; one listener per event still to a function and an
 * emitter entry each).
 */
export const registerHandlers = (
  socket: MeetingSocket,
  runtime: MeetingRuntime,
  identity: ViewerIdentity,
  deps: HandlerDeps,
): void => {
  const { commandsPerSecond, commandBurst } = deps.rateLimits;
  const session: Session = {
    socket,
    runtime,
    identity,
    actor: { kind: 'client', ...identity },
    bucket: new TokenBucket(commandsPerSecond, commandBurst, deps.clock),
    deps,
  };
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const { name, handle } = handlerOf(event);
    guarded(session, name, handle, args);
  });
};
