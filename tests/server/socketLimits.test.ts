/** Who may open a socket (origin allow-list) and how fast one socket may send (token bucket). */
import { PROTOCOL_VERSION } from '@percolate/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { type CreatedMeeting, startTestServer, type TestServer } from '../helpers/testServer.js';

describe('socket origins', () => {
  let server: TestServer;
  let meeting: CreatedMeeting;
  beforeAll(async () => {
    server = await startTestServer({
      config: {
        publicUrl: 'https://lean.example.org',
        allowedOrigins: ['https://intranet.example'],
      },
    });
    meeting = await server.createMeeting();
  });
  afterAll(() => server.close());

  const outcome = (origin: string | undefined) =>
    new Promise<string>((resolve) => {
      const socket = io(server.url, {
        transports: ['websocket'],
        reconnection: false,
        extraHeaders: origin ? { origin } : {},
        auth: {
          protocol: PROTOCOL_VERSION,
          meetingId: meeting.id,
          token: 'origin-test-token-00001',
        },
      });
      socket.once('connect', () => {
        socket.close();
        resolve('connected');
      });
      socket.once('connect_error', () => {
        socket.close();
        resolve('refused');
      });
    });

  it('lets in pages of its own origin, PUBLIC_URL and the allow-list, and Node clients', async () => {
    expect(await outcome(server.url)).toBe('connected');
    expect(await outcome('https://lean.example.org')).toBe('connected');
    expect(await outcome('https://intranet.example')).toBe('connected');
    expect(await outcome(undefined)).toBe('connected');
  });

  it('refuses a page from anywhere else', async () => {
    expect(await outcome('https://evil.example')).toBe('refused');
    expect(await outcome('http://lean.example.org.evil.example')).toBe('refused');
    expect(await outcome('null')).toBe('refused');
  });
});

describe('the per-socket token bucket', () => {
  it('answers RATE_LIMITED beyond the burst and lets commands through again later', async () => {
    const clock = new FakeClock();
    const server = await startTestServer({
      clock,
      config: { rateLimits: { commandsPerSecond: 5, commandBurst: 10 } },
    });
    try {
      const meeting = await server.createMeeting();
      const client = await TestClient.connect(server.url, {
        meetingId: meeting.id,
        facilitatorKey: meeting.facilitatorKey,
      });
      const acks = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          client.send({ type: 'participant:join', name: `N${i}` }),
        ),
      );
      const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED');
      expect(limited).toHaveLength(5);
      clock.advance(1_000);
      const later = await Promise.all(
        Array.from({ length: 5 }, () => client.send({ type: 'participant:rename', name: 'Fran' })),
      );
      expect(later.every((ack) => ack.ok)).toBe(true);
      client.close();
    } finally {
      await server.close();
    }
  });
});
