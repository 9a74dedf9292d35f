/** One address cannot open sockets (each a possible new participant) without limit. */
import { PROTOCOL_VERSION } from '@percolate/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedMeeting, startTestServer, type TestServer } from '../helpers/testServer.js';

describe('the per-address handshake limit', () => {
  let server: TestServer;
  let meeting: CreatedMeeting;
  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { handshake: { points: 3, durationSeconds: 60 } } },
    });
    meeting = await server.createMeeting();
  });
  afterAll(() => server.close());

  const connect = (token: string) =>
    new Promise<string>((resolve) => {
      const socket = io(server.url, {
        transports: ['websocket'],
        reconnection: false,
        auth: { protocol: PROTOCOL_VERSION, meetingId: meeting.id, token },
      });
      socket.once('connect', () => {
        socket.close();
        resolve('connected');
      });
      socket.once('connect_error', (error) => {
        socket.close();
        resolve(error.message);
      });
    });

  it('refuses a fourth socket a minute from one address with RATE_LIMITED', async () => {
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push(await connect(`handshake-limit-token-${i}xx`));
    expect(outcomes).toEqual(['connected', 'connected', 'connected', 'RATE_LIMITED']);
  });
});
