/**
 * An organiser deletes a community's meeting before it ended: what was pulled into it and what
 * was written in it stays with the community (concluded in the same append as the removal, once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { type CommunityApi, communityApi } from './support/communityApi.js';

describe('deleting a meeting that has not ended', () => {
  const clock = new FakeClock(Date.parse('2026-01-15T09:00:00Z'));
  let server: TestServer;
  let api: CommunityApi;
  beforeAll(async () => {
    server = await startTestServer({ clock });
    api = communityApi(server.url);
  });
  afterAll(() => server.close());

  it('brings its pulled topics back to the backlog with their history and keeps its actions open', async () => {
    const community = await api.create();
    const organiser = { key: community.organiserKey };
    const ok = async (command: unknown, commandId?: string) => {
      const { ack } = await api.send(community.id, command, organiser, commandId);
      if (!ack.ok) throw new Error(`${JSON.stringify(command)}: ${ack.error.code}`);
    };
    await ok({ type: 'backlog:add', title: 'Onboarding' });
    await ok({ type: 'backlog:add', title: 'Mentoring' });
    await ok({ type: 'meeting:schedule', title: 'CoP #1', startsAt: '2026-01-20T18:00:00Z' });
    const before = await api.look(community.id, organiser);
    const meetingId = before.upcomingMeetings[0]?.meetingId ?? '';
    const onboarding = before.backlog[0]?.id ?? '';
    await ok({ type: 'backlog:pull', meetingId, topicIds: [onboarding] });

    const facilitator = await TestClient.connect(server.url, {
      meetingId,
      facilitatorKey: community.organiserKey,
    });
    await facilitator.join('Fran');
    const topicId = facilitator.view?.topics[0]?.id ?? '';
    await facilitator.ok({ type: 'item:add', topicId, kind: 'action', text: 'Ask IT' } as never);
    facilitator.close();

    await ok({ type: 'meeting:delete', meetingId }, 'delete-once');
    await ok({ type: 'meeting:delete', meetingId }, 'delete-once');
    await ok({ type: 'meeting:delete', meetingId });

    expect(await server.store.findMeeting(meetingId)).toBeNull();
    const after = await api.look(community.id, organiser);
    expect(after.pastMeetings).toMatchObject([
      { meetingId, deleted: true, outcome: { discussed: [], carriedOver: 1 } },
    ]);
    expect(after.backlog).toMatchObject([
      { title: 'Mentoring', history: [] },
      { id: onboarding, title: 'Onboarding', history: [{ meetingId, meetingTitle: 'CoP #1' }] },
    ]);
    expect(after.openActions).toMatchObject([{ text: 'Ask IT', meetingId }]);
    const types = (await server.store.loadCommunityEvents(community.id)).map((each) => each.type);
    expect(types.slice(-2)).toEqual(['meeting:concluded', 'meeting:removed']);
    expect(types.filter((type) => type === 'meeting:concluded')).toHaveLength(1);
  });
});
