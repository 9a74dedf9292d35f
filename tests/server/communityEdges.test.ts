/**
 * The edges a careful admin or an attacker probes around communities and REST: one creation
 * budget however a meeting is made, a limit on every route, links only from a trusted address,
 * permission before existence, organisers managing their meetings' read-only links, and one-line
 * fields without control characters.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigOverrides } from '../../server/src/config.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { communityApi, memberToken } from './support/communityApi.js';

const servers: TestServer[] = [];
const start = async (config: ConfigOverrides = {}) => {
  const server = await startTestServer({ config });
  servers.push(server);
  return server;
};
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A request with a Host header of our choosing (fetch may not set one); the body as text. */
const withHost = (url: string, host: string, body?: unknown) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers = { host, 'content-type': 'application/json' };
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });

const postWithHost = async (url: string, path: string, host: string, body: unknown) => {
  const { status, text } = await withHost(`${url}${path}`, host, body);
  return { status, json: JSON.parse(text) as Record<string, string> };
};

const postMeeting = (url: string, title: string) =>
  fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });

const schedule = (title = 'CoP #1') => ({
  type: 'meeting:schedule',
  title,
  startsAt: '2099-01-01T10:00:00Z',
});

describe('one creation budget, however a meeting comes to be', () => {
  it('counts scheduling a community meeting against the same per-address budget', async () => {
    const server = await start({
      rateLimits: { createMeeting: { points: 3, durationSeconds: 600 } },
    });
    const api = communityApi(server.url);
    const created = await postMeeting(server.url, 'One-off');
    expect(created.status).toBe(201);
    const community = await api.create();
    const organiser = { key: community.organiserKey };
    expect((await api.send(community.id, schedule(), organiser)).status).toBe(200);
    const refused = await api.send(community.id, schedule('CoP #2'), organiser);
    expect(refused.status).toBe(429);
    expect(refused.ack).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await api.look(community.id, organiser)).upcomingMeetings).toHaveLength(1);
  });
});

describe('a limit on every route', () => {
  it('answers 429 with Retry-After once an address asks too often, also for reading a community', async () => {
    const server = await start({ rateLimits: { api: { points: 4, durationSeconds: 60 } } });
    const community = await communityApi(server.url).create();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${server.url}/api/communities/${community.id}`);
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('links only from a trusted address', () => {
  it('answers links relative to the page for an unknown Host', async () => {
    const server = await start();
    const { status, json } = await postWithHost(server.url, '/api/meetings', 'evil.example', {
      title: 'Host header',
    });
    expect(status).toBe(201);
    expect(json.joinUrl).toBe(`/m/${json.id}`);
    expect(json.facilitatorUrl?.startsWith(`/m/${json.id}#key=`)).toBe(true);
    const community = await postWithHost(server.url, '/api/communities', 'evil.example', {
      name: 'CoP',
    });
    expect(community.json.inviteUrl?.startsWith('/c/')).toBe(true);
  });

  it('uses a Host the admin listed in ALLOWED_ORIGINS, and PUBLIC_URL above all', async () => {
    const listed = await start({ allowedOrigins: ['http://percolate.example'] });
    const fromListed = await postWithHost(listed.url, '/api/meetings', 'percolate.example', {
      title: 'Listed',
    });
    expect(fromListed.json.joinUrl).toBe(`http://percolate.example/m/${fromListed.json.id}`);
    const fixed = await start({ publicUrl: 'https://lean.stadt.example/' });
    const fromFixed = await postWithHost(fixed.url, '/api/meetings', 'evil.example', {
      title: 'Fixed',
    });
    expect(fromFixed.json.joinUrl).toBe(`https://lean.stadt.example/m/${fromFixed.json.id}`);
  });

  it('leaves the calendar without a URL rather than one built from an unknown Host', async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const organiser = { key: community.organiserKey };
    await api.send(community.id, schedule(), organiser);
    const meetingId = (await api.look(community.id, organiser)).upcomingMeetings[0]?.meetingId;
    const ics = (
      await withHost(`${server.url}/api/meetings/${meetingId}/calendar.ics`, 'evil.example')
    ).text;
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).not.toContain('evil.example');
    expect(ics).not.toMatch(/^URL:/m);
  });
});

describe('permission before existence', () => {
  it("tells a stranger's pull or remove FORBIDDEN whether or not the ids exist", async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const stranger = { token: memberToken() };
    const pull = { type: 'backlog:pull', meetingId: 'no-such-meeting', topicIds: ['nope'] };
    const remove = { type: 'backlog:remove', topicId: 'nope' };
    for (const command of [pull, remove]) {
      const { status, ack } = await api.send(community.id, command, stranger);
      expect(status).toBe(403);
      expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe("an organiser manages read-only links of the community's meetings", () => {
  it('creates, lists and revokes them with the organiser key', async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const organiser = { key: community.organiserKey };
    await api.send(community.id, schedule(), organiser);
    const meetingId = (await api.look(community.id, organiser)).upcomingMeetings[0]?.meetingId;
    const links = `${server.url}/api/meetings/${meetingId}/minutes-links`;
    const auth = { authorization: `Bearer ${community.organiserKey}` };
    const created = await fetch(links, { method: 'POST', headers: auth });
    expect(created.status).toBe(201);
    const { linkId } = (await created.json()) as { linkId: string };
    const listed = (await (await fetch(links, { headers: auth })).json()) as { links: unknown[] };
    expect(listed.links).toHaveLength(1);
    expect((await fetch(`${links}/${linkId}`, { method: 'DELETE', headers: auth })).status).toBe(
      204,
    );
    const stranger = { authorization: `Bearer ${'x'.repeat(32)}` };
    expect((await fetch(links, { method: 'POST', headers: stranger })).status).toBe(403);
  });
});

describe('one-line fields', () => {
  it('refuses line breaks and other control characters in titles, names and video links', async () => {
    const server = await start();
    const api = communityApi(server.url);
    const meeting = await postMeeting(server.url, 'Lean Coffee\r\nX-Injected: yes');
    expect(meeting.status).toBe(400);
    expect((await api.createResponse({ name: 'CoP\u0007' })).status).toBe(400);
    const community = await api.create();
    const organiser = { key: community.organiserKey };
    for (const command of [
      schedule('CoP\nnext'),
      { ...schedule(), videoUrl: 'https://meet.example/room\r\nDESCRIPTION:x' },
      { type: 'member:join', name: 'Ana\tB' },
    ]) {
      const { status } = await api.send(community.id, command, organiser);
      expect(status, JSON.stringify(command)).toBe(400);
    }
  });
});
