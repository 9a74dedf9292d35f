/** Communities over real HTTP: creating one, joining by its link, the organiser's rights, the backlog. */
import type { CommunityLookupResponse, CreateCommunityResponse } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  type Caller,
  type CommunityApi,
  type CreatedCommunity,
  communityApi,
  memberToken,
} from './support/communityApi.js';

describe('communities over HTTP', () => {
  let server: TestServer;
  let api: CommunityApi;

  beforeAll(async () => {
    server = await startTestServer({
      config: {
        publicUrl: 'https://lean.example.org',
        rateLimits: { createMeeting: { points: 100, durationSeconds: 600 } },
      },
    });
    api = communityApi(server.url);
  });
  afterAll(() => server.close());

  const createCommunity = (body?: unknown) => api.createResponse(body);
  const created = () => api.create();
  const send = (id: string, command: unknown, who?: Caller) => api.send(id, command, who);
  const look = (id: string, who?: Caller) => api.look(id, who);
  /** Joins with the invite code, as from the invite link. */
  const join = (community: CreatedCommunity, name: string, token: string) =>
    send(community.id, { type: 'member:join', name }, { token, invite: community.inviteCode });

  it('creates a community with a secret invite link and a secret organiser link, the key stored hashed', async () => {
    const community = await created();
    expect(community.inviteUrl).toBe(
      `https://lean.example.org/c/${community.id}#invite=${community.inviteCode}`,
    );
    expect(community.organiserUrl).toBe(
      `https://lean.example.org/c/${community.id}#key=${community.organiserKey}`,
    );
    // 32 nanoid characters: 192 bits.
    expect(community.organiserKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = await server.store.findCommunity(community.id);
    expect(stored?.organiserKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(community.organiserKey);
    expect(stored?.inviteCode).toBe(community.inviteCode);
  });

  it('refuses a community without a name', async () => {
    const response = await createCommunity({ name: '   ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_PAYLOAD' } });
  });

  it('shows a stranger only the name and description, also with a member token of nobody', async () => {
    const community = await created();
    await join(community, 'Ana', memberToken());
    const preview = {
      id: community.id,
      name: 'HR CoP',
      description: 'Personnel developers of cities',
      me: null,
      isOrganiser: false,
    };
    expect(await api.answer(community.id)).toEqual(preview);
    expect(await api.answer(community.id, { token: memberToken() })).toEqual(preview);
    expect(await api.answer(community.id, { invite: community.inviteCode })).toEqual(preview);
  });

  it('shows its organiser the name, description, members, rotation, backlog, meetings and invite code', async () => {
    const community = await created();
    expect(await look(community.id, { key: community.organiserKey })).toEqual({
      id: community.id,
      name: 'HR CoP',
      description: 'Personnel developers of cities',
      createdAt: expect.any(Number),
      members: [],
      rotation: [],
      suggestedFacilitatorId: null,
      backlog: [],
      upcomingMeetings: [],
      pastMeetings: [],
      openActions: [],
      meetingDefaults: {},
      me: null,
      isOrganiser: true,
      inviteCode: community.inviteCode,
    });
  });

  it('answers 404 COMMUNITY_NOT_FOUND for an unknown community', async () => {
    const response = await fetch(`${server.url}/api/communities/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'COMMUNITY_NOT_FOUND' } });
    const { status, ack } = await send('nope', { type: 'member:join', name: 'Ana' });
    expect(status).toBe(404);
    expect(ack).toMatchObject({ error: { code: 'COMMUNITY_NOT_FOUND' } });
  });

  it('lets people join with a display name and recognises them afterwards', async () => {
    const community = await created();
    const ana = memberToken();
    const joined = await join(community, 'Ana', ana);
    expect(joined).toEqual({ status: 200, ack: { ok: true, seq: 2 } });

    const seenByAna = await look(community.id, { token: ana });
    expect(seenByAna.members.map((member) => member.name)).toEqual(['Ana']);
    expect(seenByAna.me).toBe(seenByAna.members[0]?.id);
    expect(seenByAna.inviteCode).toBe(community.inviteCode);
    await send(community.id, { type: 'member:leave', memberId: seenByAna.me }, { token: ana });
    expect(await api.answer(community.id, { token: ana })).not.toHaveProperty('members');
  });

  it('lets only the organiser set the rotation and schedule, and suggests the next facilitator', async () => {
    const community = await created();
    const [ana, ben] = [memberToken(), memberToken()];
    await join(community, 'Ana', ana);
    await join(community, 'Ben', ben);
    const ids = (await look(community.id, { token: ana })).members.map((member) => member.id);
    const rotation = { type: 'rotation:set', memberIds: [...ids].reverse() };

    const byMember = await send(community.id, rotation, { token: ana });
    expect(byMember).toMatchObject({
      status: 403,
      ack: { ok: false, error: { code: 'FORBIDDEN' } },
    });
    const byOrganiser = await send(community.id, rotation, { key: community.organiserKey });
    expect(byOrganiser).toEqual({ status: 200, ack: { ok: true, seq: 4 } });

    const schedule = {
      type: 'meeting:schedule',
      title: 'Lean Coffee Q1',
      startsAt: '2099-03-01T14:00:00+01:00',
      videoUrl: 'https://meet.example.org/cop',
    };
    expect((await send(community.id, schedule, { token: ben })).status).toBe(403);
    expect((await send(community.id, schedule, { key: community.organiserKey })).ack).toEqual({
      ok: true,
      seq: 5,
    });

    const view = await look(community.id, { key: community.organiserKey });
    expect(view.isOrganiser).toBe(true);
    expect(view.rotation).toEqual([...ids].reverse());
    expect(view.upcomingMeetings).toMatchObject([
      {
        title: 'Lean Coffee Q1',
        videoUrl: 'https://meet.example.org/cop',
        facilitatorId: ids[1],
        durationMinutes: 120,
        outcome: null,
        deleted: false,
      },
    ]);
  });

  it('refuses a wrong organiser key with 403 instead of treating the caller as a member', async () => {
    const community = await created();
    const { status, ack } = await send(
      community.id,
      { type: 'member:join', name: 'Ana' },
      { key: 'x'.repeat(32), token: memberToken() },
    );
    expect(status).toBe(403);
    expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps backlog topics of members with their author, and refuses strangers', async () => {
    const community = await created();
    const ana = memberToken();
    await join(community, 'Ana', ana);
    const topic = { type: 'backlog:add', title: 'Working Out Loud', description: 'LernOS' };

    const fromStranger = await send(community.id, topic, { token: memberToken() });
    expect(fromStranger).toMatchObject({ status: 403, ack: { error: { code: 'NOT_JOINED' } } });
    expect((await send(community.id, topic, { token: ana })).ack).toEqual({ ok: true, seq: 3 });

    const view = await look(community.id, { token: ana });
    expect(view.backlog).toEqual([
      {
        id: expect.any(String),
        title: 'Working Out Loud',
        description: 'LernOS',
        proposedAt: expect.any(Number),
        proposedBy: view.members[0]?.id,
        proposedByName: 'Ana',
        history: [],
      },
    ]);
  });

  it('refuses malformed commands and member tokens with 400 INVALID_PAYLOAD', async () => {
    const community = await created();
    const badUrl = await send(
      community.id,
      {
        type: 'meeting:schedule',
        title: 'Q1',
        startsAt: '2099-03-01T14:00:00+01:00',
        videoUrl: 'javascript:alert(1)',
      },
      { key: community.organiserKey },
    );
    expect(badUrl).toMatchObject({ status: 400, ack: { error: { code: 'INVALID_PAYLOAD' } } });
    const shortToken = await send(
      community.id,
      { type: 'member:join', name: 'Ana' },
      { token: 'short' },
    );
    expect(shortToken).toMatchObject({ status: 400, ack: { error: { code: 'INVALID_PAYLOAD' } } });
  });

  it('applies simultaneous commands one after another, each with its own sequence number', async () => {
    const community = await created();
    const acks = await Promise.all(
      Array.from({ length: 12 }, (_, index) => join(community, `Member ${index}`, memberToken())),
    );
    const seqs = acks.map(({ ack }) => (ack.ok ? ack.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, index) => index + 2));
    const organiser = { key: community.organiserKey };
    expect((await look(community.id, organiser)).members).toHaveLength(12);
  });
});

describe('creating communities from one address', () => {
  it('refuses a fourth community in ten minutes with 429 RATE_LIMITED', async () => {
    const server = await startTestServer({
      config: { rateLimits: { createMeeting: { points: 3, durationSeconds: 600 } } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await fetch(`${server.url}/api/communities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `CoP ${i}` }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
    } finally {
      await server.close();
    }
  });
});

describe('community commands from one address', () => {
  it('answers 429 RATE_LIMITED beyond the per-address budget', async () => {
    const server = await startTestServer({
      config: { rateLimits: { communityCommands: { points: 2, durationSeconds: 60 } } },
    });
    try {
      const created = await fetch(`${server.url}/api/communities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'CoP' }),
      });
      const { id, inviteCode } = (await created.json()) as CreateCommunityResponse;
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await fetch(`${server.url}/api/communities/${id}/commands`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-member-token': `member-token-${i}xxxxxxxxxxxx`,
            'x-invite-code': inviteCode,
          },
          body: JSON.stringify({
            commandId: `join-${i}`,
            command: { type: 'member:join', name: `M${i}` },
          }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(2)).toEqual([429]);
      expect(statuses.slice(0, 2)).not.toContain(429);
    } finally {
      await server.close();
    }
  });
});

describe('a community written from two servers on one store', () => {
  it('keeps every join when both take them at the same moment', async () => {
    const first = await startTestServer();
    const second = await startTestServer({ dataDir: first.dataDir });
    try {
      const response = await fetch(`${first.url}/api/communities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'HR CoP' }),
      });
      const { id, inviteCode, organiserUrl } = (await response.json()) as CreateCommunityResponse;
      const acks = await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const server = index % 2 === 0 ? first : second;
          const answer = await fetch(`${server.url}/api/communities/${id}/commands`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-member-token': memberToken(),
              'x-invite-code': inviteCode,
            },
            body: JSON.stringify({
              commandId: `join-${index}`,
              command: { type: 'member:join', name: `Member ${index}` },
            }),
          });
          return (await answer.json()) as { ok: boolean; seq: number };
        }),
      );
      expect(acks.every((ack) => ack.ok)).toBe(true);
      expect(acks.map((ack) => ack.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 10 }, (_, index) => index + 2),
      );
      const key = new URL(organiserUrl).hash.replace(/^#key=/, '');
      const view = await fetch(`${second.url}/api/communities/${id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(((await view.json()) as CommunityLookupResponse).members).toHaveLength(10);
    } finally {
      await second.close({ keepData: true });
      await first.close();
    }
  });
});
