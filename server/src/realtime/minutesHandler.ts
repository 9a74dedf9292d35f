/**
 * `minutes:get`: the minutes so far, for the minutes tab of someone in the meeting. Answered
 * through the acknowledgement only; a socket that asks too often is told to slow down.
 */
import { domainError, ErrorCode, type MinutesAck } from '@percolate/shared';
import type { Logger } from '../logger.js';
import type { ViewerIdentity } from '../meetings/connections.js';
import type { MeetingRuntime } from '../meetings/meetingRuntime.js';
import type { TokenBucket } from './tokenBucket.js';
import type { MeetingSocket } from './types.js';

export interface MinutesHandlerDeps {
  /** The socket's own bucket, shared with its commands. */
  bucket: TokenBucket;
  logger: Logger;
}

const refusal = (code: ErrorCode, message: string): MinutesAck => ({
  ok: false,
  error: domainError(code, message),
});

export const registerMinutesHandler = (
  socket: MeetingSocket,
  runtime: MeetingRuntime,
  identity: ViewerIdentity,
  { bucket, logger }: MinutesHandlerDeps,
): void => {
  socket.on('minutes:get', (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') return;
    const reply = ack as (result: MinutesAck) => void;
    if (!bucket.take()) return reply(refusal(ErrorCode.RateLimited, 'too many messages'));
    const pending = runtime.minutesFor(identity);
    if (!pending) return reply(refusal(ErrorCode.NotJoined, 'join the meeting first'));
    pending.then(
      (minutes) => reply({ ok: true, minutes }),
      (error: unknown) => {
        logger.error('minutes failed', { meetingId: runtime.id, error });
        reply(refusal(ErrorCode.Internal, 'the minutes could not be made'));
      },
    );
  });
};
