/**
 * The only module that speaks Socket.IO. It keeps the store in step with the server's messages
 * (serverMessage.ts): snapshot on connect, patches in sequence (a gap that stays open asks for
 * `sync`: see gapSync.ts), the private view, presence; and it measures the clock offset. Commands
 * go out with an acknowledgement and are retried with the same id.
 */
import {
  type ClientToServerEvents,
  type CommandAck,
  type HandshakeAuth,
  HandshakeError,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
  type SyncAnswer,
} from '@percolate/shared';
import { io, type Socket } from 'socket.io-client';
import type { ConnectToMeeting, RealtimeSink } from '../store/transport.js';
import { type ClockSample, clockOffset } from './clockOffset.js';
import { gapSync } from './gapSync.js';
import { sendWithRetry } from './sendWithRetry.js';
import { type MessageReceiver, receiveServerMessage } from './serverMessage.js';

type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** After this long without a connection we stop saying "reconnecting…" and say it is lost. */
const LOST_AFTER_MS = 15_000;
const CLOCK_SAMPLES = 3;
const PING_TIMEOUT_MS = 5_000;
const SYNC_TIMEOUT_MS = 10_000;
const MAX_SYNC_ATTEMPTS = 3;
/** After `RATE_LIMITED` the socket's bucket refills at 20 per second; a second is plenty. */
const SYNC_REFUSED_PAUSE_MS = 1_000;
const MINUTES_TIMEOUT_MS = 10_000;
/** A refused handshake stops Socket.IO's own reconnection; a rate-limited one tries again later. */
const RATE_LIMITED_RETRY_MS = 5_000;

const HANDSHAKE_ERRORS = Object.values(HandshakeError) as string[];
const isHandshakeError = (message: string): message is HandshakeError =>
  HANDSHAKE_ERRORS.includes(message);

const measureClock = async (socket: MeetingSocket, sink: RealtimeSink): Promise<void> => {
  const samples: ClockSample[] = [];
  for (let i = 0; i < CLOCK_SAMPLES && socket.connected; i += 1) {
    const sentAt = Date.now();
    try {
      const serverNow = await socket.timeout(PING_TIMEOUT_MS).emitWithAck('time:ping');
      samples.push({ sentAt, serverNow, receivedAt: Date.now() });
    } catch {
      // A lost ping only costs precision; the other samples still count.
    }
  }
  const offset = clockOffset(samples);
  if (offset !== null) sink.setClockOffset(offset);
};

const createSyncer = (socket: MeetingSocket, sink: RealtimeSink) => {
  let syncing = false;
  return async (): Promise<void> => {
    if (syncing) return;
    syncing = true;
    try {
      for (let attempt = 0; attempt < MAX_SYNC_ATTEMPTS && socket.connected; attempt += 1) {
        const response: SyncAnswer = await socket
          .timeout(SYNC_TIMEOUT_MS)
          .emitWithAck('sync', { since: sink.seq() });
        if (response.kind === 'refused') {
          await new Promise((resolve) => setTimeout(resolve, SYNC_REFUSED_PAUSE_MS));
          continue;
        }
        if (sink.applySync(response) !== 'gap') return;
      }
    } catch {
      // The next reconnect or patch gap asks again.
    } finally {
      syncing = false;
    }
  };
};

export const connectToMeeting: ConnectToMeeting = (options, sink) => {
  // Read at every (re)connect: a browser that already holds the view says from where it resumes.
  const handshake = (): HandshakeAuth => ({
    protocol: PROTOCOL_VERSION,
    meetingId: options.meetingId,
    token: options.token,
    ...(options.facilitatorKey ? { facilitatorKey: options.facilitatorKey } : {}),
    ...(options.memberToken ? { memberToken: options.memberToken } : {}),
    ...(sink.seq() > 0 ? { since: sink.seq() } : {}),
  });
  // WebSocket first saves the long-polling handshake's round trips on every (re)connect; a network
  // that refuses WebSockets (some office proxies) still gets through by long-polling, which
  // tryAllTransports then tries.
  const socket: MeetingSocket = io({
    auth: (send) => send(handshake()),
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
  const gaps = gapSync({
    receive: (patch) => sink.receivePatch(patch),
    sync: createSyncer(socket, sink),
  });
  let lostTimer: ReturnType<typeof setTimeout> | undefined;
  let connectedBefore = false;

  const watchForLoss = () => {
    clearTimeout(lostTimer);
    lostTimer = setTimeout(() => sink.setStatus('lost'), LOST_AFTER_MS);
  };

  socket.on('connect', () => {
    clearTimeout(lostTimer);
    sink.setStatus('online');
    void measureClock(socket, sink);
    if (connectedBefore && sink.seq() > 0) void gaps.syncNow();
    connectedBefore = true;
  });
  socket.on('connect_error', (error) => {
    if (error.message === HandshakeError.RateLimited) {
      setTimeout(() => socket.connect(), RATE_LIMITED_RETRY_MS * (1 + Math.random()));
      return;
    }
    if (isHandshakeError(error.message)) {
      clearTimeout(lostTimer);
      sink.reject(error.message);
      socket.disconnect();
    }
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    sink.setStatus('reconnecting');
    watchForLoss();
    // Only a disconnect by the server stops Socket.IO's own reconnection.
    if (reason === 'io server disconnect') socket.connect();
  });
  const receiver: MessageReceiver = {
    applySnapshot: (snapshot) => sink.applySnapshot(snapshot),
    receivePatch: gaps.patch,
    applyPrivate: (seq, me) => sink.applyPrivate(seq, me),
    setOnline: (online) => sink.setOnline(online),
  };
  socket.on('message', (...messages) => {
    for (const message of messages) receiveServerMessage(receiver, message);
  });

  watchForLoss();

  return {
    send: async (command) => {
      let ack: CommandAck;
      try {
        ack = await sendWithRetry(
          (cmd, timeoutMs) => socket.timeout(timeoutMs).emitWithAck('command', cmd),
          command,
        );
      } catch (error) {
        // The command may have been committed all the same, and its acknowledgement carried this
        // browser's own view: a sync brings that view (and any patch missed meanwhile).
        if (socket.connected) void gaps.syncNow();
        throw error;
      }
      // The sender's own view rides in the acknowledgement (no `private` message follows).
      if (ack.ok && ack.private) sink.applyPrivate(ack.private.seq, ack.private.me);
      return ack;
    },
    requestMinutes: () => socket.timeout(MINUTES_TIMEOUT_MS).emitWithAck('minutes:get'),
    reconnect: () => {
      if (socket.connected) return;
      sink.setStatus('reconnecting');
      watchForLoss();
      socket.disconnect().connect();
    },
    close: () => {
      clearTimeout(lostTimer);
      gaps.stop();
      socket.disconnect();
    },
  };
};
