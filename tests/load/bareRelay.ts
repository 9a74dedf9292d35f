/**
 * The floor: a plain Socket.IO server with no validation and no store. Each `cmd` is acknowledged
 * with the room's next sequence number and echoed to the room, as our server answers a command
 * and broadcasts its patch. Run as a child of the bench (see serverProbe).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { BareClientToServer, BareHandshake, BareServerToClient } from './bareProtocol.js';
import { serveProbe } from './serverProbe.js';

const httpServer = createServer();
const io = new Server<BareClientToServer, BareServerToClient>(httpServer, {
  maxHttpBufferSize: 64 * 1024,
});
const seqByRoom = new Map<string, number>();

io.on('connection', (socket) => {
  const { room } = socket.handshake.auth as BareHandshake;
  void socket.join(room);
  socket.on('cmd', (payload, ack) => {
    const seq = (seqByRoom.get(room) ?? 0) + 1;
    seqByRoom.set(room, seq);
    if (typeof ack === 'function') ack({ seq });
    io.to(room).emit('evt', { seq, payload });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  serveProbe({ port, stop: () => new Promise((resolve) => io.close(() => resolve())) });
});
