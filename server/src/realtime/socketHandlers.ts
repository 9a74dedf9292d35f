/**
 * The listeners of one connected socket, registered once when it connects. Each is thin:
 * rate-limit → validate → dispatch → acknowledge (`minutes:get` has no payload to validate). Whatever a client sends (no ack function, a
 * non-object, a huge string, `__proto__` keys) is answered with an error or ignored, never thrown.
 */
import {
  CLIENT_EVENTS,
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

const KNOWN_EVENTS: ReadonlySet<string> = new Set(CLIENT_EVENTS);

const syncSchema = z.object({ since: z.number().int().min(0) });

/** A refusal fits every acknowledgement (commands, minutes). */
const refusal = (error: DomainError) => ({ ok: false as const, error });
const RATE_LIMITED = refusal(domainError(ErrorCode.RateLimited, 'too many messages, slow down'));

export const registerHandlers = (
  socket: MeetingSocket,
  runtime: MeetingRuntime,
  identity: ViewerIdentity,
  { clock, logger, rateLimits, observeCommand }: HandlerDeps,
): void => {
  const bucket = new TokenBucket(rateLimits.commandsPerSecond, rateLimits.commandBurst, () =>
    clock.now(),
  );
  const actor = { kind: 'client', ...identity } as const;
  const guard =
    (name: string, handle: (args: unknown[]) => void) =>
    (...args: unknown[]) => {
      try {
        handle(args);
      } catch (error) {
        logger.error('socket handler failed', { event: name, meetingId: runtime.id, error });
      }
    };

  socket.on(
    'command',
    guard('command', (args) => {
      const { payload, ack } = splitArgs(args);
      const answer: Ack<CommandAck> = ack ?? (() => {});
      if (!bucket.take()) return answer(RATE_LIMITED);
      const command = parseCommand(payload);
      const observed = observeCommand?.(isDomainError(command) ? 'invalid' : command.type);
      const reply: Ack<CommandAck> = observed
        ? (result) => {
            observed(result);
            answer(result);
          }
        : answer;
      if (isDomainError(command)) return reply(refusal(command));
      const commandId = senderCommandId(identity.tokenHash, command.id);
      runtime.dispatch(command, actor, reply, commandId, socket.id);
    }),
  );

  socket.on(
    'sync',
    guard('sync', (args) => {
      const { payload, ack } = splitArgs(args);
      if (!ack) return;
      if (!bucket.take()) return ack({ kind: 'refused', error: RATE_LIMITED.error });
      const request = syncSchema.safeParse(payload);
      if (!request.success) return ack({ kind: 'snapshot', snapshot: runtime.snapshot(identity) });
      runtime.sync(request.data.since, identity).then(ack, (error: unknown) => {
        logger.error('sync failed', { meetingId: runtime.id, error });
      });
    }),
  );

  socket.on(
    'time:ping',
    guard('time:ping', (args) => {
      const { ack } = splitArgs(args);
      ack?.(clock.now());
    }),
  );

  // An event the protocol does not have is answered when the sender asked for an answer.
  socket.onAny(
    guard('unknown', (args) => {
      const [event] = args;
      if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return;
      const { ack } = splitArgs(args.slice(1));
      ack?.(refusal(domainError(ErrorCode.UnknownCommand, 'unknown event')));
    }),
  );

  // The minutes so far, for the minutes tab of someone in the meeting.
  socket.on(
    'minutes:get',
    guard('minutes:get', (args) => {
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
          logger.error('minutes failed', { meetingId: runtime.id, error });
          reply(refusal(domainError(ErrorCode.Internal, 'the minutes could not be made')));
        },
      );
    }),
  );
};
