/**
 * Who may read a meeting's minutes, against a real server: the facilitator with the key (every
 * format), an absentee with a read-only link (the minutes, not the raw log) until it is revoked,
 * and the people in the meeting over their socket. Nobody else, and nobody learns hidden tallies.
 */
import type { CreatedMinutesLink, MinutesAck, MinutesLinkList } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom, type Room } from './support/room.js';

const CONTENT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
} as const;
const READER_FORMATS = ['md', 'html', 'csv', 'docx'] as const;
const ACK_TIMEOUT_MS = 10_000;

const askMinutes = (client: TestClient): Promise<MinutesAck> =>
  client.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('minutes:get');

describe('reading the minutes', () => {
  let server: TestServer;
  let room: Room;
  let base = '';

  const bearer = (secret: string | null): Record<string, string> =>
    secret === null ? {} : { authorization: `Bearer ${secret}` };
  const get = (path: string, secret: string | null) =>
    fetch(`${base}${path}`, { headers: bearer(secret) });
  const key = () => room.meeting.facilitatorKey;
  const minutesPath = (suffix = '') => `/api/meetings/${room.meeting.id}/minutes${suffix}`;
  const linksPath = (linkId = '') =>
    `/api/meetings/${room.meeting.id}/minutes-links${linkId ? `/${linkId}` : ''}`;

  const createLink = async (): Promise<CreatedMinutesLink & { secret: string }> => {
    const response = await fetch(`${base}${linksPath()}`, {
      method: 'POST',
      headers: bearer(key()),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as CreatedMinutesLink;
    const secret = new URL(created.url).hash.replace(/^#view=/, '');
    return { ...created, secret };
  };
  const revoke = (linkId: string, secret = key()) =>
    fetch(`${base}${linksPath(linkId)}`, { method: 'DELETE', headers: bearer(secret) });

  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 } },
    });
    base = server.url;
    room = await openRoom(server.url, {
      participants: 2,
      settings: { hiddenVotes: true, locale: 'en' },
    });
    const [p1] = room.participants;
    await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await p1?.ok({ type: 'topic:propose', title: 'Remote onboarding' });
    await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await room.facilitator.waitFor((c) => c.view?.topics.length === 1);
    const topicId = room.facilitator.view?.topics[0]?.id ?? '';
    await p1?.ok({ type: 'vote:cast', topicId });
    await p1?.ok({ type: 'vote:cast', topicId });
  });

  afterAll(async () => {
    room.close();
    await server.close();
  });

  it.each(Object.entries(CONTENT_TYPES))(
    'gives the facilitator the %s export with its content type, while the meeting runs',
    async (format, type) => {
      const response = await get(minutesPath(`.${format}`), key());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      // The CSV holds only its header row: no action items yet.
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(20);
    },
  );

  it('asks for credentials without an Authorization header, for every format', async () => {
    for (const suffix of ['', '.md', '.html', '.csv', '.docx', '.json']) {
      const response = await get(minutesPath(suffix), null);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'KEY_REQUIRED' } });
    }
  });

  it('refuses a wrong secret', async () => {
    for (const suffix of ['', '.md', '.json']) {
      const response = await get(minutesPath(suffix), 'not-the-key-and-not-a-link-secret');
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
  });

  it('hands out a read-only link that opens the minutes but not the raw log', async () => {
    const link = await createLink();
    expect(link.url).toMatch(
      new RegExp(`^${base}/m/${room.meeting.id}/minutes#view=[A-Za-z0-9_-]{32}$`),
    );
    for (const format of READER_FORMATS) {
      const response = await get(minutesPath(`.${format}`), link.secret);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(CONTENT_TYPES[format]);
    }
    const model = await get(minutesPath(), link.secret);
    expect(model.status).toBe(200);
    expect(await model.json()).toMatchObject({
      meetingId: room.meeting.id,
      title: 'CoP Lean Coffee',
    });
    expect((await get(minutesPath('.json'), link.secret)).status).toBe(403);
  });

  it('keeps only the hash of a link secret, in the log', async () => {
    const link = await createLink();
    const stored = JSON.stringify(await server.store.loadEvents(room.meeting.id));
    expect(stored).not.toContain(link.secret);
    expect(stored).toContain(link.linkId);
  });

  it('lists the live links for the facilitator, without secrets or hashes', async () => {
    const link = await createLink();
    const response = await get(linksPath(), key());
    expect(response.status).toBe(200);
    const { links } = (await response.json()) as MinutesLinkList;
    expect(links.map((l) => l.linkId)).toContain(link.linkId);
    expect(Object.keys(links[0] ?? {}).sort()).toEqual(['createdAt', 'linkId']);
  });

  it('shuts a revoked link for good', async () => {
    const link = await createLink();
    expect((await get(minutesPath('.md'), link.secret)).status).toBe(200);
    expect((await revoke(link.linkId)).status).toBe(204);
    for (const suffix of ['', '.md', '.html', '.csv', '.docx']) {
      expect((await get(minutesPath(suffix), link.secret)).status).toBe(403);
    }
    const again = await revoke(link.linkId);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { code: 'MINUTES_LINK_NOT_FOUND' } });
    const { links } = (await (await get(linksPath(), key())).json()) as MinutesLinkList;
    expect(links.map((l) => l.linkId)).not.toContain(link.linkId);
  });

  it('lets only the facilitator manage links: not a reader, not a stranger', async () => {
    const link = await createLink();
    const post = (secret: string | null) =>
      fetch(`${base}${linksPath()}`, { method: 'POST', headers: bearer(secret) });
    expect((await post(null)).status).toBe(401);
    expect((await post(link.secret)).status).toBe(403);
    expect((await get(linksPath(), link.secret)).status).toBe(403);
    expect((await revoke(link.linkId, link.secret)).status).toBe(403);
    expect((await get(minutesPath('.md'), link.secret)).status).toBe(200);
  });

  it("does not let one meeting's link open another meeting's minutes", async () => {
    const link = await createLink();
    const other = await server.createMeeting('Another CoP');
    const response = await get(`/api/meetings/${other.id}/minutes.md`, link.secret);
    expect(response.status).toBe(403);
  });

  it('shows no tallies of hidden votes before they are revealed, over REST or the socket', async () => {
    const link = await createLink();
    const model = await (await get(minutesPath(), link.secret)).json();
    expect(model.undiscussed).toMatchObject([{ title: 'Remote onboarding', dots: null }]);
    expect(await (await get(minutesPath('.md'), link.secret)).text()).toContain('hidden');
    const [, p2] = room.participants;
    const live = await askMinutes(p2 as TestClient);
    expect(live).toMatchObject({ ok: true, minutes: { undiscussed: [{ dots: null }] } });
  });

  it('gives everyone who joined the minutes over their socket, growing with the meeting', async () => {
    const [p1, p2] = room.participants as [TestClient, TestClient];
    const before = await askMinutes(p2);
    expect(before).toMatchObject({ ok: true, minutes: { meetingId: room.meeting.id } });
    await room.facilitator.ok({ type: 'summary:set', text: 'Onboarding first, next time.' });
    const after = await askMinutes(p1);
    expect(after.ok && after.minutes.summary).toBe('Onboarding first, next time.');
  });

  it('refuses the minutes to a socket that has not joined', async () => {
    const visitor = await TestClient.connect(server.url, { meetingId: room.meeting.id });
    try {
      expect(await askMinutes(visitor)).toMatchObject({
        ok: false,
        error: { code: 'NOT_JOINED' },
      });
    } finally {
      visitor.close();
    }
  });

  it('hands out links after the meeting has ended, and readers use them', async () => {
    const ended = await openRoom(server.url, { participants: 1 });
    try {
      await ended.facilitator.ok({ type: 'meeting:end' });
      const response = await fetch(`${base}/api/meetings/${ended.meeting.id}/minutes-links`, {
        method: 'POST',
        headers: bearer(ended.meeting.facilitatorKey),
      });
      expect(response.status).toBe(201);
      const { url } = (await response.json()) as CreatedMinutesLink;
      const secret = new URL(url).hash.replace(/^#view=/, '');
      const md = await get(`/api/meetings/${ended.meeting.id}/minutes.md`, secret);
      expect(md.status).toBe(200);
      expect(await md.text()).toMatch(/^# Protokoll: CoP Lean Coffee/);
      const live = await askMinutes(ended.participants[0] as TestClient);
      expect(live).toMatchObject({ ok: true, minutes: { endedAt: expect.any(Number) } });
    } finally {
      ended.close();
    }
  });
});
