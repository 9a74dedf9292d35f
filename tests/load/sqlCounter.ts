/**
 * A TCP proxy in front of PostgreSQL that counts what one node asks of it, by reading the SQL text
 * in the client's messages (pg sends each query's text with it): the same count for any version
 * of the server, without changing its code. A chunk's last bytes are kept to find a statement
 * split across two chunks. It runs in a process of its own (`sqlCounterProcess.ts`), so the
 * round trips of a node to PostgreSQL never wait for the bench's own event loop.
 */
import type { Socket } from 'node:net';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';
import { forkTs, nextMessage, sendTo, stopChild } from './children.js';

/** What is counted, by the pieces of SQL text that statements of the kind contain. */
export const COUNTED = {
  /** Loading a meeting's events (a catch-up, a sync that reads the store, a load). */
  eventReads: ['SELECT seq, at, command_id, body FROM'],
  /**
   * Append statements: one per try of a meeting's batch; since appends go in groups (#20), one
   * per group or contended try (`append_group`), so a baseline from before counts the same way.
   */
  appends: ['SET last_seq', 'append_group('],
  /** Transactions rolled back (a lost race before the change under test, or a failure). */
  rollbacks: ['ROLLBACK'],
  /** Waits for the meeting's lock after another writer got there first. */
  lockWaits: ['FOR UPDATE'],
} as const;

export type SqlCounts = Record<keyof typeof COUNTED, number>;

const LONGEST = Math.max(
  ...Object.values(COUNTED).flatMap((pieces) => pieces.map((piece) => piece.length)),
);

const occurrences = (text: string, piece: string): number => {
  let count = 0;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + piece.length)) {
    count += 1;
  }
  return count;
};

export interface CountingProxy {
  proxy: TcpProxy;
  read(): SqlCounts;
}

export const countSql = async (postgresPort: number): Promise<CountingProxy> => {
  const counts: SqlCounts = { eventReads: 0, appends: 0, rollbacks: 0, lockWaits: 0 };
  const tails = new WeakMap<Socket, string>();
  const proxy = await startTcpProxy(postgresPort, {
    watchClientData: (client, chunk) => {
      const tail = tails.get(client) ?? '';
      const text = tail + chunk.toString('latin1');
      for (const [kind, pieces] of Object.entries(COUNTED) as [
        keyof SqlCounts,
        readonly string[],
      ][]) {
        for (const piece of pieces) {
          // Only what ends beyond the tail: the tail's own matches were counted with its chunk.
          counts[kind] += occurrences(text, piece) - occurrences(tail, piece);
        }
      }
      tails.set(client, text.slice(-(LONGEST - 1)));
    },
  });
  return { proxy, read: () => ({ ...counts }) };
};

export type ToCounter = { type: 'read' };
export type FromCounter = { type: 'ready'; port: number } | { type: 'counts'; counts: SqlCounts };

export interface SqlCounter {
  /** The URL with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  read(): Promise<SqlCounts>;
  close(): Promise<void>;
}

const ANSWER_TIMEOUT_MS = 30_000;

export const startSqlCounter = async (postgresPort: number): Promise<SqlCounter> => {
  const child = forkTs('./sqlCounterProcess.ts', {
    env: { SQL_COUNTER_TARGET_PORT: String(postgresPort) },
  });
  const { port } = await nextMessage<FromCounter, 'ready'>(child, ['ready'], ANSWER_TIMEOUT_MS);
  return {
    urlFor(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    async read() {
      sendTo<ToCounter>(child, { type: 'read' });
      return (await nextMessage<FromCounter, 'counts'>(child, ['counts'], ANSWER_TIMEOUT_MS))
        .counts;
    },
    async close() {
      child.kill('SIGTERM');
      await stopChild(child);
    },
  };
};
