/**
 * Keeps a Redis connection honest. node-redis times a command out only until it is written: on a
 * link that went silent (packets dropped, nothing reset) every written command waits for ever,
 * its own PINGs included, and once the link carries again the answers go to the wrong commands
 * (a command whose request was lost takes the next one's answer). So every few seconds each
 * connection is asked to echo a fresh token. No answer in time, or another answer, and the
 * connection is dropped and opened again: that fails whatever was pending, subscribes again and
 * starts the protocol afresh, and the link's owner sees the connection lost and back.
 */
import { randomBytes } from 'node:crypto';

/** What the watch needs of a node-redis client. */
export interface WatchedClient {
  readonly isReady: boolean;
  sendCommand(args: string[]): Promise<unknown>;
  destroy(): void;
  connect(): Promise<unknown>;
}

export interface LinkWatchOptions {
  /** How often the connection is asked (while it is ready). */
  everyMs: number;
  /** How long an answer may take. */
  timeoutMs: number;
  /** The connection is being dropped and opened again, and why. */
  onDead: (reason: string) => void;
}

const answered = async (
  client: WatchedClient,
  token: string,
  timeoutMs: number,
): Promise<string | null> => {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<'silent'>((resolve) => {
    timer = setTimeout(() => resolve('silent'), timeoutMs);
  });
  try {
    const reply = await Promise.race([
      client.sendCommand(['PING', token]).then(
        (answer) => (String(answer) === token ? null : 'another answer'),
        // Failed before it was written (the connection is going down anyway): not ours to judge.
        () => null,
      ),
      silence,
    ]);
    return reply === 'silent' ? `no answer within ${timeoutMs} ms` : reply;
  } finally {
    clearTimeout(timer);
  }
};

/** Watches `client` until the returned function is called. */
export const watchLink = (
  client: WatchedClient,
  { everyMs, timeoutMs, onDead }: LinkWatchOptions,
): (() => void) => {
  let asking = false;
  const check = async () => {
    if (asking || !client.isReady) return;
    asking = true;
    try {
      const dead = await answered(client, randomBytes(8).toString('hex'), timeoutMs);
      if (dead === null || !client.isReady) return;
      onDead(dead);
      client.destroy();
      // Retried by the client's own reconnect strategy until Redis answers; a failure here is
      // only the last attempt's, and the next check looks again.
      client.connect().catch(() => {});
    } finally {
      asking = false;
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
