import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type WatchedClient, watchLink } from '../../server/src/cluster/linkWatch.js';

/** A connection that answers a PING as told: echoing it, never, or with another command's answer. */
const connection = (answer: 'echo' | 'never' | 'shifted') => {
  const calls = { pings: 0, destroyed: 0, connected: 0 };
  const client: WatchedClient = {
    isReady: true,
    sendCommand: (args) => {
      calls.pings += 1;
      if (answer === 'never') return new Promise(() => {});
      return Promise.resolve(answer === 'echo' ? args[1] : 0);
    },
    destroy: () => {
      calls.destroyed += 1;
    },
    connect: async () => {
      calls.connected += 1;
    },
  };
  return { client, calls };
};

describe('watching a Redis connection that may fall silent', () => {
  const options = { everyMs: 1_000, timeoutMs: 500 };
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves a connection alone while it echoes every ping', async () => {
    const { client, calls } = connection('echo');
    const reasons: string[] = [];
    const stop = watchLink(client, { ...options, onDead: (reason) => reasons.push(reason) });
    await vi.advanceTimersByTimeAsync(5_000);
    stop();
    expect(calls.pings).toBe(5);
    expect(reasons).toEqual([]);
    expect(calls.destroyed).toBe(0);
  });

  it.each([
    {
      silence: 'a ping gets no answer in time',
      answer: 'never',
      reason: 'no answer within 500 ms',
    },
    { silence: 'answers go to the wrong commands', answer: 'shifted', reason: 'another answer' },
  ] as const)('opens a connection again when $silence', async ({ answer, reason }) => {
    const { client, calls } = connection(answer);
    const reasons: string[] = [];
    const stop = watchLink(client, { ...options, onDead: (dead) => reasons.push(dead) });
    // The first ping goes out after 1 s; an answer may take 0.5 s.
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.pings).toBe(0);
    await vi.advanceTimersByTimeAsync(501);
    stop();
    expect(reasons).toEqual([reason]);
    expect(calls).toMatchObject({ pings: 1, destroyed: 1, connected: 1 });
  });

  it('asks nothing while the connection is down (its own reconnect is under way)', async () => {
    const { client, calls } = connection('never');
    const down = { ...client, isReady: false };
    const stop = watchLink(down, { ...options, onDead: () => {} });
    await vi.advanceTimersByTimeAsync(5_000);
    stop();
    expect(calls.pings).toBe(0);
  });
});
