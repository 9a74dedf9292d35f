/** Opens one real socket.io-client connection the way the bench needs it. */
import type { EventsMap } from '@socket.io/component-emitter';
import { io, type Socket } from 'socket.io-client';
import type { GeneratorPlan } from './messages.js';

/** The node a room's client at this index talks to: the nodes take the clients in turn. */
export const nodeUrl = (plan: GeneratorPlan, index: number): string => {
  const url = plan.urls[index % plan.urls.length];
  if (url === undefined) throw new Error('the plan names no server');
  return url;
};

export const openSocket = <Listen extends EventsMap, Emit extends EventsMap>(
  url: string,
  origin: string,
  auth: object,
): Socket<Listen, Emit> =>
  io(url, {
    auth,
    // One WebSocket per participant, as browsers have: no multiplexing over a shared manager.
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin },
  });

/** Resolves once connected, rejects on a refused handshake or after the timeout. */
export const untilConnected = <Listen extends EventsMap, Emit extends EventsMap>(
  socket: Socket<Listen, Emit>,
  timeoutMs: number,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('connect timeout')), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', fail);
    };
    const onConnect = () => {
      done();
      resolve();
    };
    const fail = (error: Error) => {
      done();
      reject(error);
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', fail);
  });

/** What the bench watches on every connection: unexpected disconnects and the bytes received. */
export interface SocketWatch {
  readonly drops: number;
  readonly receivedBytes: number;
  /** Engine.io packets received: each cost the server one WebSocket frame (one write). */
  readonly receivedPackets: number;
  close(): void;
}

export const watchSocket = <Listen extends EventsMap, Emit extends EventsMap>(
  socket: Socket<Listen, Emit>,
): SocketWatch => {
  let closing = false;
  let drops = 0;
  let receivedBytes = 0;
  let receivedPackets = 0;
  socket.on('disconnect', () => {
    if (!closing) drops += 1;
  });
  // Each engine.io packet as it came off the WebSocket (Socket.IO's packet type, event name and
  // JSON payload), in UTF-8 bytes; the WebSocket frame headers (2–4 bytes a frame) are left out.
  socket.io.engine.on('data', (data: unknown) => {
    receivedPackets += 1;
    receivedBytes +=
      typeof data === 'string' ? Buffer.byteLength(data) : (data as ArrayBuffer).byteLength;
  });
  return {
    get drops() {
      return drops;
    },
    get receivedBytes() {
      return receivedBytes;
    },
    get receivedPackets() {
      return receivedPackets;
    },
    close: () => {
      closing = true;
      socket.disconnect();
    },
  };
};
