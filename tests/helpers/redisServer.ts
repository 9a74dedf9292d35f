/**
 * A private `redis-server` for a fault test, on a free port of its own (never the shared one), with
 * no persistence: the test kills it and starts it again on the same port, as an outage would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './freePort.js';
import { probeRedis } from './services.js';
import { exited } from './testServer.js';

export interface RedisServer {
  url: string;
  port: number;
  /** SIGKILL: connections drop at once, nothing is said goodbye. */
  kill(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers a PING. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;

export const startRedisServer = async (): Promise<RedisServer> => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child = started;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`redis-server exited (${started.exitCode})`);
      try {
        await probeRedis(url);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill('SIGKILL');
    await exited(running);
  };

  await start();
  return { url, port, kill, start, close: kill };
};
