import type { ClientToServerEvents, ServerToClientEvents } from '@percolate/shared';
import type { Server, Socket } from 'socket.io';
import type { InterServerEvents } from '../cluster/interServerEvents.js';
import type { SocketData } from './handshake.js';

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
