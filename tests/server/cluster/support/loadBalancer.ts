/**
 * A TCP front door standing in for the load balancer: each new connection goes to the first
 * backend that accepts it, in the order given, so a client whose node died lands on the next one
 * when it reconnects (as behind nginx or HAProxy once the dead node refuses connections).
 * When a backend dies, the connections it carried are closed on the client's side too.
 */
import { createServer, type Socket, connect as tcpConnect } from 'node:net';

export interface LoadBalancer {
  url: string;
  close(): Promise<void>;
}

export const startLoadBalancer = async (backendPorts: readonly number[]): Promise<LoadBalancer> => {
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };

  const forward = (client: Socket, index: number) => {
    const port = backendPorts[index];
    if (port === undefined) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(port, '127.0.0.1');
    const refused = () => forward(client, index + 1);
    upstream.once('error', refused);
    upstream.once('connect', () => {
      upstream.off('error', refused);
      track(upstream);
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    });
  };

  const server = createServer({ pauseOnConnect: true }, (client) => {
    track(client);
    client.on('error', () => client.destroy());
    forward(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
