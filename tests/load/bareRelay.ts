/**
 * The floor: a plain Socket.IO server with no validation and no store. Each `cmd` is acknowledged
 * with the room's next sequence number and echoed to the room, as our server answers a command
 * and broadcasts its patch. Run as a child of the bench (see serverProbe).
 *
 * With BENCH_REDIS_URL it is one node of several behind Socket.IO's Redis adapter, the floor of a
 * pair of our nodes: a room's sequence number is then Redis's INCR (one round trip, where ours
 * writes PostgreSQL), and nothing orders two nodes' echoes, so a client may get seq 6 before 5
 * (counted as `overtaken`, or `gap` and `doubled`; the bench reads those as the relay's, not as
 * lost messages).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import type { BareClientToServer, BareHandshake, BareServerToClient } from './bareProtocol.js';
import { serveProbe } from './serverProbe.js';

/** One node alone: sequence numbers in memory. */
const localSequence = () => {
  const seqByRoom = new Map<string, number>();
  return {
    adapter: undefined,
    nextSeq: (room: string): number | Promise<number> => {
      const seq = (seqByRoom.get(room) ?? 0) + 1;
      seqByRoom.set(room, seq);
      return seq;
    },
    close: async () => {},
  };
};

const redisSequence = async (url: string, prefix: string) => {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  return {
    adapter: createAdapter(publisher, subscriber, { key: prefix }),
    nextSeq: (room: string): number | Promise<number> => publisher.incr(`${prefix}:seq:${room}`),
    close: async () => {
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
};

const { BENCH_REDIS_URL, BENCH_REDIS_PREFIX } = process.env;
const sequence = BENCH_REDIS_URL
  ? await redisSequence(BENCH_REDIS_URL, BENCH_REDIS_PREFIX ?? 'percolate-bench')
  : localSequence();

const httpServer = createServer();
const io = new Server<BareClientToServer, BareServerToClient>(httpServer, {
  maxHttpBufferSize: 64 * 1024,
  ...(sequence.adapter ? { adapter: sequence.adapter } : {}),
});

io.on('connection', (socket) => {
  const { room } = socket.handshake.auth as BareHandshake;
  void socket.join(room);
  socket.on('cmd', (payload, ack) => {
    const answer = (seq: number) => {
      if (typeof ack === 'function') ack({ seq });
      io.to(room).emit('evt', { seq, payload });
    };
    // In memory the answer stays synchronous, as the relay has always answered.
    const seq = sequence.nextSeq(room);
    if (typeof seq === 'number') answer(seq);
    else void seq.then(answer);
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  serveProbe({
    port,
    stop: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await sequence.close();
    },
  });
});
