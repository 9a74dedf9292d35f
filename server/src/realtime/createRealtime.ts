/**
 * The Socket.IO side of the meetings on a server made by `createSocketServer`: handshake, rooms
 * and listeners (where their changes go out, as messages, is `socketOutputs.ts`).
 */
import { HandshakeError } from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { FindMeetingCommunity } from '../communities/meetingCommunity.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { ViewerIdentity } from '../meetings/connections.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { CommandObserver } from '../metrics/metrics.js';
import { authenticate } from './handshake.js';
import { clientAddress, handshakeLimiter } from './handshakeLimit.js';
import { meetingRoom } from './rooms.js';
import { registerHandlers } from './socketHandlers.js';
import type { MeetingServer, MeetingSocket } from './types.js';

export interface RealtimeDeps {
  meetings: MeetingService;
  /** The community of a meeting, for community credentials at the handshake. */
  findCommunity?: FindMeetingCommunity;
  clock: Clock;
  logger: Logger;
  config: AppConfig;
  /** Told of each command and its answer (the metrics). */
  observeCommand?: CommandObserver;
}

export const createRealtime = (io: MeetingServer, deps: RealtimeDeps): void => {
  const { meetings, logger, config } = deps;

  const handshakeAllowed = handshakeLimiter(config.rateLimits.handshake);
  io.use((socket, next) => {
    handshakeAllowed(clientAddress(socket.request, config.trustProxy)).then(
      (allowed) => (allowed ? next() : next(new Error(HandshakeError.RateLimited))),
      next,
    );
  });
  io.use((socket, next) => {
    authenticate(socket.handshake.auth, meetings, deps.findCommunity).then(
      async (result) => {
        if (!result.ok) return next(new Error(result.error));
        socket.data = result.data;
        // Another node may have moved the meeting on since this one loaded it: the snapshot
        // sent on connection must not be older than what the others already broadcast.
        await meetings.loaded(result.data.meetingId)?.refresh();
        next();
      },
      (error: unknown) => {
        logger.error('handshake failed', { error });
        next(new Error('INTERNAL'));
      },
    );
  });

  io.on('connection', (socket) => onConnection(socket, deps));
};

const onConnection = (
  socket: MeetingSocket,
  { meetings, clock, logger, config, observeCommand }: RealtimeDeps,
) => {
  const { meetingId, tokenHash, hasFacilitatorKey, resumeFrom } = socket.data;
  const runtime = meetings.loaded(meetingId);
  if (!runtime) {
    // Left memory between the handshake and now (rare): the client simply reconnects.
    socket.disconnect(true);
    return;
  }
  // Nothing reads the upgrade request once the handshake is done (its headers stay in
  // `socket.handshake`), so it is dropped, as Socket.IO's memory guide advises.
  (socket.conn as { request: unknown }).request = null;
  const identity: ViewerIdentity = { tokenHash, hasFacilitatorKey };
  // Attached before joining the room, so the presence change goes to the others and the
  // snapshot below already counts this socket.
  runtime.attach(socket.id, identity);
  socket.join(meetingRoom(meetingId));
  registerHandlers(socket, runtime, identity, {
    clock,
    logger,
    rateLimits: config.rateLimits,
    ...(observeCommand ? { observeCommand } : {}),
  });
  socket.on('disconnect', () => runtime.detach(socket.id));
  if (resumeFrom === null) {
    socket.emit('message', { type: 'snapshot', snapshot: runtime.snapshot(identity) });
  }
};
