import type { ClientToServerEvents, ServerToClientEvents } from '@percolate/shared';
import type { Server, Socket } from 'socket.io';
import type { SocketData } from './handshake.js';

/** No events between server nodes of our own (the Redis adapter brings its own). */
type InterServerEvents = Record<string, never>;

export type MeetingServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type MeetingSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
