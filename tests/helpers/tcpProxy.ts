/**
 * A TCP proxy a fault test puts in front of a service (PostgreSQL, Redis) and switches at will:
 * - `pass`: forwards both ways (after `latencyMs` in each direction, when set);
 * - `refuse`: every connection is reset and new ones are refused (the port is closed), as when the
 *   database is down;
 * - `blackHole`: connections are accepted and data goes nowhere, either way, as behind a
 *   firewall that drops packets;
 * - `resetAll()`: every open connection gets a TCP reset, then the mode goes on as it was.
 * `watchClientData` sees every chunk a client sends on its way to the service (the bench counts
 * the SQL statements each node sends).
 */
import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import { freePort } from './freePort.js';

export const ProxyMode = { Pass: 'pass', Refuse: 'refuse', BlackHole: 'blackHole' } as const;
export type ProxyMode = (typeof ProxyMode)[keyof typeof ProxyMode];

export interface TcpProxy {
  port: number;
  /** The URL with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  setMode(mode: ProxyMode): Promise<void>;
  /** Delay added to every chunk, in each direction. */
  setLatency(ms: number): void;
  resetAll(): void;
  close(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream: Socket | null;
}

export interface TcpProxyOptions {
  watchClientData?: (client: Socket, chunk: Buffer) => void;
}

export const startTcpProxy = async (
  targetPort: number,
  { watchClientData }: TcpProxyOptions = {},
): Promise<TcpProxy> => {
  const port = await freePort();
  const links = new Set<Link>();
  let mode: ProxyMode = ProxyMode.Pass;
  let latencyMs = 0;

  const relay = (from: Socket, to: () => Socket | null) => {
    from.on('data', (chunk) => {
      if (mode === ProxyMode.BlackHole) return;
      const send = () => to()?.write(chunk);
      if (latencyMs > 0) setTimeout(send, latencyMs);
      else send();
    });
  };

  const drop = (link: Link) => {
    links.delete(link);
    link.client.destroy();
    link.upstream?.destroy();
  };

  const server = createServer((client) => {
    const link: Link = { client, upstream: null };
    links.add(link);
    client.on('error', () => drop(link));
    client.on('close', () => drop(link));
    if (watchClientData) client.on('data', (chunk: Buffer) => watchClientData(client, chunk));
    relay(client, () => link.upstream);
    if (mode === ProxyMode.BlackHole) return;
    const upstream = tcpConnect(targetPort, '127.0.0.1');
    link.upstream = upstream;
    client.pause();
    upstream.once('connect', () => client.resume());
    upstream.on('error', () => drop(link));
    upstream.on('close', () => drop(link));
    relay(upstream, () => link.client);
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const resetAll = () => {
    for (const link of [...links]) {
      links.delete(link);
      link.client.resetAndDestroy();
      link.upstream?.resetAndDestroy();
    }
  };

  await listen();
  return {
    port,
    urlFor(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    async setMode(next) {
      const previous = mode;
      mode = next;
      if (next === ProxyMode.Refuse) {
        resetAll();
        await stopListening();
      } else if (previous === ProxyMode.Refuse) {
        await listen();
      }
      // Connections accepted while black-holed never reached the service: drop them.
      if (previous === ProxyMode.BlackHole && next !== ProxyMode.BlackHole) {
        for (const link of [...links]) if (!link.upstream) drop(link);
      }
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    resetAll,
    async close() {
      resetAll();
      await stopListening();
    },
  };
};
