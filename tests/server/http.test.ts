/** The REST API over real HTTP: health, creating meetings, finding them by code, limits, headers. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const post = (server: TestServer, body: string, contentType = 'application/json') =>
  fetch(`${server.url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });

describe('the HTTP API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ config: { publicUrl: 'https://lean.example.org' } });
  });
  afterAll(() => server.close());

  it('answers the health check with the release', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const { version } = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(await response.json()).toEqual({ status: 'ok', version });
  });

  it('reports itself ready while its store answers, alone without Redis', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', store: 'up', redis: 'none' });
  });

  it('creates a meeting with a join link, a readable code and a secret facilitator link', async () => {
    const response = await post(
      server,
      JSON.stringify({ title: 'CoP Q1', settings: { dotsPerPerson: 5 } }),
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, string>;
    expect(created.joinUrl).toBe(`https://lean.example.org/m/${created.id}`);
    expect(created.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const key = created.facilitatorUrl?.replace(`${created.joinUrl}#key=`, '') ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = await server.store.findMeeting(created.id ?? '');
    expect(stored?.facilitatorKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key);
  });

  it('finds a meeting by its join code, typed in lower case with spaces or dashes', async () => {
    const meeting = await server.createMeeting('Peer call');
    const typed = `${meeting.joinCode.slice(0, 3).toLowerCase()}- ${meeting.joinCode.slice(3)}`;
    const response = await fetch(`${server.url}/api/meetings/by-code/${encodeURIComponent(typed)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: meeting.id,
      title: 'Peer call',
      phase: 'lobby',
      joinCode: meeting.joinCode,
      community: null,
    });
  });

  it('tells the public facts of a meeting by its id', async () => {
    const meeting = await server.createMeeting('By id');
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}`);
    expect(await response.json()).toEqual({
      id: meeting.id,
      title: 'By id',
      phase: 'lobby',
      joinCode: meeting.joinCode,
      community: null,
    });
  });

  it('says MEETING_NOT_FOUND for an unknown code or id', async () => {
    for (const path of ['/api/meetings/by-code/ZZZZZZ', '/api/meetings/no-such-meeting']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'MEETING_NOT_FOUND',
      );
    }
  });

  it.each([
    ['broken JSON', '{"title":', 'application/json'],
    ['no title', '{}', 'application/json'],
    ['an empty title', '{"title":"   "}', 'application/json'],
    [
      'an unknown setting',
      '{"title":"x","settings":{"dotsPerPerson":3,"admin":true}}',
      'application/json',
    ],
    ['an impossible setting', '{"title":"x","settings":{"timeboxMinutes":0}}', 'application/json'],
    ['an array', '[1,2]', 'application/json'],
    ['a non-JSON body', 'title=x', 'application/x-www-form-urlencoded'],
  ])('refuses %s with 400 INVALID_PAYLOAD', async (_name, body, type) => {
    const response = await post(server, body, type);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('refuses a body over 64 KB', async () => {
    const response = await post(server, JSON.stringify({ title: 'x'.repeat(70_000) }));
    expect(response.status).toBe(413);
  });

  it('answers unknown API routes with JSON, not the app page', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('sends a strict content security policy and the usual security headers', async () => {
    const response = await fetch(`${server.url}/m/some-meeting`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("connect-src 'self' wss://lean.example.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('per-IP rate limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      config: {
        rateLimits: {
          createMeeting: { points: 3, durationSeconds: 600 },
          lookupJoinCode: { points: 5, durationSeconds: 60 },
        },
      },
    });
  });
  afterAll(() => server.close());

  it('refuses a fourth meeting in ten minutes with 429 RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(server, '{"title":"t"}')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const response = await post(server, '{"title":"t"}');
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'RATE_LIMITED',
    );
  });

  it('stops guessing join codes after a few lookups', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await fetch(`${server.url}/api/meetings/by-code/AAAAA${i + 2}`)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });
});
