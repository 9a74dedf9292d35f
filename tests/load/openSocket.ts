/** Opens one real socket.io-client connection the way the bench needs it. */
import type { EventsMap } from '@socket.io/component-emitter';
import { io, type Socket } from 'socket.io-client';

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
  close(): void;
}

export const watchSocket = <Listen extends EventsMap, Emit extends EventsMap>(
  socket: Socket<Listen, Emit>,
): SocketWatch => {
  let closing = false;
  let drops = 0;
  let receivedBytes = 0;
  socket.on('disconnect', () => {
    if (!closing) drops += 1;
  });
  socket.io.engine.on('data', (data: unknown) => {
    receivedBytes += typeof data === 'string' ? data.length : (data as ArrayBuffer).byteLength;
  });
  return {
    get drops() {
      return drops;
    },
    get receivedBytes() {
      return receivedBytes;
    },
    close: () => {
      closing = true;
      socket.disconnect();
    },
  };
};
