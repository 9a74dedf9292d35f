/**
 * Community commands answered once per command id (also across a restart), community credentials
 * in a community's meeting, conclusions made once, and RETENTION_DAYS from the environment.
 */
import type { CommunityEvent } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/src/env.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { communityApi, memberToken } from './support/communityApi.js';

const servers: TestServer[] = [];
const start = async (dataDir?: string) => {
  const server = await startTestServer(dataDir ? { dataDir } : {});
  servers.push(server);
  return server;
};
afterEach(async () => {
  const [first, ...rest] = servers.splice(0);
  for (const server of rest.reverse()) await server.close({ keepData: true });
  await first?.close();
});

/** A community with one member and one scheduled meeting (the member facilitates it). */
const scheduledMeeting = async (server: TestServer) => {
  const api = communityApi(server.url);
  const community = await api.create();
  const token = memberToken();
  await api.send(
    community.id,
    { type: 'member:join', name: 'Ana' },
    { token, invite: community.inviteCode },
  );
  const organiser = { key: community.organiserKey };
  const { members } = await api.look(community.id, organiser);
  await api.send(community.id, { type: 'rotation:set', memberIds: [members[0]?.id] }, organiser);
  const schedule = { type: 'meeting:schedule', title: 'CoP', startsAt: '2099-01-01T10:00:00Z' };
  await api.send(community.id, schedule, organiser);
  const meetingId = (await api.look(community.id, organiser)).upcomingMeetings[0]?.meetingId ?? '';
  return { api, community, token, meetingId };
};

describe('community commands, once each', () => {
  it('answers a retried command id with its first answer and changes nothing, also after a restart', async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const join = { type: 'member:join', name: 'Ana' };
    const ana = { token: memberToken(), invite: community.inviteCode };

    const first = await api.send(community.id, join, ana, 'join-1');
    expect(first).toEqual({ status: 200, ack: { ok: true, seq: 2 } });
    expect(await api.send(community.id, join, ana, 'join-1')).toEqual(first);

    await server.close({ keepData: true });
    servers.splice(0);
    const restarted = await start(server.dataDir);
    const again = communityApi(restarted.url);
    expect(await again.send(community.id, join, ana, 'join-1')).toEqual(first);
    const organiser = { key: community.organiserKey };
    expect((await again.look(community.id, organiser)).members).toHaveLength(1);
  });

  it('keeps a refusal as the answer to its command id', async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const rotation = { type: 'rotation:set', memberIds: [] };

    const stranger = { token: memberToken() };
    const refused = await api.send(community.id, rotation, stranger, 'r-1');
    expect(refused.ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api.send(community.id, rotation, stranger, 'r-1')).toEqual(refused);
  });

  it("takes another sender's equal command id as a command of its own", async () => {
    const server = await start();
    const api = communityApi(server.url);
    const community = await api.create();
    const rotation = { type: 'rotation:set', memberIds: [] };

    const refused = await api.send(community.id, rotation, { token: memberToken() }, 'r-1');
    expect(refused.ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const organiser = await api.send(
      community.id,
      rotation,
      { key: community.organiserKey },
      'r-1',
    );
    expect(organiser).toEqual({ status: 200, ack: { ok: true, seq: 2 } });
  });

  it('refuses a body without a command id', async () => {
    const server = await start();
    const community = await communityApi(server.url).create();
    const response = await fetch(`${server.url}/api/communities/${community.id}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-member-token': memberToken() },
      body: JSON.stringify({ command: { type: 'member:join', name: 'Ana' } }),
    });
    expect(response.status).toBe(400);
  });
});

describe("community credentials in a community's meeting", () => {
  it('lets the organiser key and the scheduled facilitator in as facilitators, and nobody else', async () => {
    const server = await start();
    const { api, community, token, meetingId } = await scheduledMeeting(server);
    const other = memberToken();
    const ben = { token: other, invite: community.inviteCode };
    await api.send(community.id, { type: 'member:join', name: 'Ben' }, ben);

    const rights = async (auth: { facilitatorKey?: string; memberToken?: string }) => {
      const client = await TestClient.connect(server.url, { meetingId, ...auth });
      const hasKey = client.me?.hasFacilitatorKey;
      client.close();
      return hasKey;
    };
    expect(await rights({ facilitatorKey: community.organiserKey })).toBe(true);
    expect(await rights({ memberToken: token })).toBe(true);
    expect(await rights({ memberToken: other })).toBe(false);
    expect(await rights({ facilitatorKey: 'x'.repeat(32), memberToken: other })).toBe(false);
  });

  it('offers no calendar entry for a one-off meeting', async () => {
    const server = await start();
    const meeting = await server.createMeeting('One-off');
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/calendar.ics`);
    expect(response.status).toBe(404);
    expect(await (await fetch(`${server.url}/api/meetings/${meeting.id}`)).json()).toMatchObject({
      community: null,
    });
  });
});

describe('concluding a meeting', () => {
  it('tells the community once, however many readers reconcile at the same moment', async () => {
    const server = await start();
    const { api, community, meetingId } = await scheduledMeeting(server);
    const facilitator = await TestClient.connect(server.url, {
      meetingId,
      facilitatorKey: community.organiserKey,
    });
    await facilitator.join('Organiser');
    await facilitator.ok({ type: 'meeting:end' });
    facilitator.close();

    const organiser = { key: community.organiserKey };
    await Promise.all(Array.from({ length: 5 }, () => api.look(community.id, organiser)));
    await expect
      .poll(async () => (await api.look(community.id, organiser)).pastMeetings[0]?.outcome)
      .not.toBeNull();
    const events: CommunityEvent[] = await server.store.loadCommunityEvents(community.id);
    expect(events.filter((event) => event.type === 'meeting:concluded')).toHaveLength(1);
  });
});

describe("an ended meeting's action items", () => {
  it("are offered for review in the community's other upcoming meetings", async () => {
    const server = await start();
    const { api, community, meetingId } = await scheduledMeeting(server);
    const later = { type: 'meeting:schedule', title: 'Later', startsAt: '2099-02-01T10:00:00Z' };
    await api.send(community.id, later, { key: community.organiserKey });
    const { upcomingMeetings } = await api.look(community.id, { key: community.organiserKey });
    const laterId = upcomingMeetings[1]?.meetingId ?? '';
    const facilitator = await TestClient.connect(server.url, {
      meetingId,
      facilitatorKey: community.organiserKey,
    });
    await facilitator.join('Organiser');
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await facilitator.ok({ type: 'topic:propose', title: 'Onboarding' });
    await facilitator.waitFor((client) => client.view?.topics.length === 1);
    const topicId = facilitator.view?.topics[0]?.id ?? '';
    await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await facilitator.ok({ type: 'vote:close' });
    await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
    await facilitator.ok({ type: 'discussion:start', topicId });
    await facilitator.ok({ type: 'item:add', topicId, kind: 'action', text: 'Write it up' });
    await facilitator.ok({ type: 'meeting:end' });
    facilitator.close();

    await expect
      .poll(async () => {
        const client = await TestClient.connect(server.url, { meetingId: laterId });
        const actions = client.view?.reviewActions.map((each) => each.action.text);
        client.close();
        return actions;
      })
      .toEqual(['Write it up']);
  });
});

describe('RETENTION_DAYS', () => {
  const retention = (value?: string) =>
    readEnv(value === undefined ? {} : { RETENTION_DAYS: value }).config.retentionDays;

  it('keeps meetings forever when unset or empty, and takes a whole number of days', () => {
    expect(retention()).toBeNull();
    expect(retention('')).toBeNull();
    expect(retention('30')).toBe(30);
  });

  it('refuses zero, negative and fractional days', () => {
    expect(() => retention('0')).toThrow(/RETENTION_DAYS/);
    expect(() => retention('-1')).toThrow(/RETENTION_DAYS/);
    expect(() => retention('1.5')).toThrow(/RETENTION_DAYS/);
  });
});
