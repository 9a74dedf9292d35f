/**
 * A community's meetings are configured like any other: its defaults (the creator's language and
 * time zone, and what the organiser sets) and the schedule form's settings reach the meeting, and
 * its minutes follow them. An English-speaking organiser gets English minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { communityApi } from './support/communityApi.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(() => server.close());

describe('a community created in English, in London', () => {
  it('schedules meetings with its defaults and the organiser’s choices; their minutes are English', async () => {
    const api = communityApi(server.url);
    const community = await api.create({
      name: 'Facilitators’ Circle',
      meetingDefaults: { locale: 'en', timeZone: 'Europe/London' },
    });
    const organiser = { key: community.organiserKey };
    expect(
      (
        await api.send(
          community.id,
          {
            type: 'defaults:set',
            settings: { locale: 'en', timeZone: 'Europe/London', hiddenVotes: true },
          },
          organiser,
        )
      ).ack,
    ).toMatchObject({ ok: true });
    const scheduled = await api.send(
      community.id,
      {
        type: 'meeting:schedule',
        title: 'Circle #1',
        startsAt: '2030-03-14T18:30:00Z',
        settings: { timeboxMinutes: 5, anonymousTopics: true },
      },
      organiser,
    );
    expect(scheduled.ack).toMatchObject({ ok: true });
    const view = await api.look(community.id, organiser);
    expect(view.meetingDefaults).toEqual({
      locale: 'en',
      timeZone: 'Europe/London',
      hiddenVotes: true,
    });
    const meetingId = view.upcomingMeetings[0]?.meetingId ?? '';

    const client = await TestClient.connect(server.url, { meetingId });
    expect(client.view?.settings).toMatchObject({
      locale: 'en',
      timeZone: 'Europe/London',
      hiddenVotes: true,
      anonymousTopics: true,
      timeboxMinutes: 5,
      preVoting: true,
    });
    client.close();

    const minutes = await fetch(`${server.url}/api/meetings/${meetingId}/minutes.md`, {
      headers: { authorization: `Bearer ${community.organiserKey}` },
    });
    expect(minutes.status).toBe(200);
    expect(await minutes.text()).toMatch(/^# Minutes: Circle \\#1\n/);
  });
});
