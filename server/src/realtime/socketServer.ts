/** The Socket.IO server on the HTTP server, with its origin check; its listeners come later. */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { originChecker } from './origins.js';
import type { MeetingServer } from './types.js';

/** The largest message a client may send (a topic description is at most 2,000 characters). */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export const createSocketServer = (
  httpServer: HttpServer,
  { config, logger }: { config: AppConfig; logger: Logger },
): MeetingServer => {
  const originAllowed = originChecker(config);
  return new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (request, callback) => {
      const allowed = originAllowed(request);
      if (!allowed) logger.warn('socket origin refused', { origin: request.headers.origin });
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });
};
