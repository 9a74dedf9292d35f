/**
 * The invite code is what lets people into a community: the community's id, which each of its
 * meetings shows to every guest, is not enough to read it or to join it.
 */
import type { MeetingLookupResponse } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  type CommunityApi,
  type CreatedCommunity,
  communityApi,
  memberToken,
} from './support/communityApi.js';

describe('joining a community by its invite code', () => {
  let server: TestServer;
  let api: CommunityApi;
  let community: CreatedCommunity;

  beforeAll(async () => {
    server = await startTestServer();
    api = communityApi(server.url);
    community = await api.create();
  });
  afterAll(() => server.close());

  const join = (who: { token: string; invite?: string; key?: string }) =>
    api.send(community.id, { type: 'member:join', name: 'Ana' }, who);

  it('refuses a join without the invite code with 403 INVITE_REQUIRED', async () => {
    const token = memberToken();
    expect(await join({ token })).toMatchObject({
      status: 403,
      ack: { ok: false, error: { code: 'INVITE_REQUIRED' } },
    });
    expect(await api.answer(community.id, { token })).not.toHaveProperty('members');
  });

  it('refuses a join with a wrong invite code', async () => {
    const wrong = community.inviteCode === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    for (const invite of [wrong, '', 'x'.repeat(40)]) {
      expect(await join({ token: memberToken(), invite })).toMatchObject({
        status: 403,
        ack: { error: { code: 'INVITE_REQUIRED' } },
      });
    }
  });

  it('lets people in with the invite code, also typed in lower case with a dash', async () => {
    const token = memberToken();
    const typed = `${community.inviteCode.slice(0, 3)}-${community.inviteCode.slice(3)}`;
    expect(await join({ token, invite: typed.toLowerCase() })).toEqual({
      status: 200,
      ack: { ok: true, seq: expect.any(Number) },
    });
    const view = await api.look(community.id, { token });
    expect(view.members.find((member) => member.id === view.me)?.name).toBe('Ana');
  });

  it('lets the organiser join without the code', async () => {
    const joined = await join({ token: memberToken(), key: community.organiserKey });
    expect(joined.ack).toMatchObject({ ok: true });
  });

  it('finds the community by the code typed on /join, and the same code lets one join', async () => {
    const found = await api.get(`/api/communities/by-code/${community.inviteCode.toLowerCase()}`);
    expect(await found.json()).toEqual({ id: community.id });
    const token = memberToken();
    const joined = await join({ token, invite: community.inviteCode });
    expect(joined.status).toBe(200);
    expect((await api.look(community.id, { token })).me).not.toBeNull();
  });

  it('gives a guest of one of its meetings only the preview of the community', async () => {
    const organiser = { key: community.organiserKey };
    const schedule = { type: 'meeting:schedule', title: 'CoP', startsAt: '2099-01-01T10:00:00Z' };
    expect((await api.send(community.id, schedule, organiser)).status).toBe(200);
    const { upcomingMeetings } = await api.look(community.id, organiser);
    const meeting = await api.get(`/api/meetings/${upcomingMeetings[0]?.meetingId}`);
    const lookup = (await meeting.json()) as MeetingLookupResponse;
    const communityId = lookup.community?.id ?? '';
    expect(communityId).toBe(community.id);

    const guest = memberToken();
    expect(await api.answer(communityId, { token: guest })).toEqual({
      id: community.id,
      name: 'HR CoP',
      description: 'Personnel developers of cities',
      me: null,
      isOrganiser: false,
    });
    expect((await join({ token: guest })).status).toBe(403);
    const search = await api.get(`/api/communities/${communityId}/search?q=coffee`, {
      token: guest,
    });
    expect(search.status).toBe(403);
  });
});
