/**
 * A community over HTTP and real sockets, from its first meeting to its deletion: three members,
 * a meeting scheduled by rotation with pre-voting, six topics, two discussed and an action item;
 * the rest comes back to the backlog with its history, the next facilitator in the rotation pulls
 * two of them into meeting 2, which starts with the open action; members read minutes and search;
 * meetings go by deletion and by retention, and at last the whole community goes.
 */
import type { CommunityLookupResponse, MeetingLookupResponse, Minutes } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachStore } from '../helpers/eachStore.js';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../helpers/testServer.js';
import {
  type Caller,
  type CommunityApi,
  type CreatedCommunity,
  communityApi,
  memberToken,
} from './support/communityApi.js';

const DAY = 24 * 60 * 60_000;
const TOPICS = ['Onboarding', 'WOL circles', 'AI in HR', 'Job rotation', 'Feedback', 'Mentoring'];

const describeCommunityFlow = (name: string, storeOptions: () => Partial<TestServerOptions>) =>
  describe(`a community's life on ${name}`, () => {
    const clock = new FakeClock(Date.parse('2026-01-15T09:00:00Z'));
    let server: TestServer;
    let api: CommunityApi;
    let community: CreatedCommunity;
    const tokens = { ana: memberToken(), ben: memberToken(), cem: memberToken() };
    const ids: Record<keyof typeof tokens, string> = { ana: '', ben: '', cem: '' };
    let meeting1 = '';
    let meeting2 = '';
    const sockets: TestClient[] = [];

    const organiser = () => ({ key: community.organiserKey });
    const look = (): Promise<CommunityLookupResponse> => api.look(community.id, organiser());
    const ok = async (command: unknown, who: Caller) => {
      const { ack } = await api.send(community.id, command, who);
      if (!ack.ok) throw new Error(`${JSON.stringify(command)}: ${ack.error.code}`);
      return ack.seq;
    };
    const connect = async (meetingId: string, who: keyof typeof tokens, joinAs: string) => {
      const client = await TestClient.connect(server.url, {
        meetingId,
        memberToken: tokens[who],
      });
      sockets.push(client);
      await client.join(joinAs);
      return client;
    };
    const topicId = (client: TestClient, title: string) => {
      const topic = client.view?.topics.find((each) => each.title === title);
      if (!topic) throw new Error(`no topic ${title}`);
      return topic.id;
    };

    beforeAll(async () => {
      server = await startTestServer({
        clock,
        config: {
          retentionDays: 30,
          rateLimits: {
            commandsPerSecond: 1000,
            commandBurst: 1000,
            communityCommands: { points: 1000, durationSeconds: 60 },
          },
        },
        ...storeOptions(),
      });
      api = communityApi(server.url);
    });
    afterAll(async () => {
      for (const client of sockets) client.close();
      await server.close();
    });

    it('gathers three members and a rotation', async () => {
      community = await api.create({ name: 'HR CoP', description: 'Personnel developers' });
      for (const [who, token] of Object.entries(tokens)) {
        const name = who[0]?.toUpperCase() + who.slice(1);
        await ok({ type: 'member:join', name }, { token, invite: community.inviteCode });
      }
      const members = (await look()).members;
      for (const member of members) ids[member.name.toLowerCase() as keyof typeof ids] = member.id;
      await ok({ type: 'rotation:set', memberIds: [ids.ben, ids.cem, ids.ana] }, organiser());

      const lowerCase = await api.get(
        `/api/communities/by-code/${community.inviteCode.toLowerCase()}`,
      );
      expect(await lowerCase.json()).toEqual({ id: community.id });
    });

    it('schedules meeting 1 with the first facilitator of the rotation, and offers it as .ics', async () => {
      const startsAt = '2026-01-20T18:00:00+01:00';
      await ok({ type: 'meeting:schedule', title: 'CoP #1', startsAt }, organiser());
      const view = await look();
      expect(view.upcomingMeetings).toMatchObject([{ title: 'CoP #1', facilitatorId: ids.ben }]);
      expect(view.suggestedFacilitatorId).toBe(ids.cem);
      meeting1 = view.upcomingMeetings[0]?.meetingId ?? '';

      const lookup = (await (
        await api.get(`/api/meetings/${meeting1}`)
      ).json()) as MeetingLookupResponse;
      expect(lookup.community).toEqual({
        id: community.id,
        name: 'HR CoP',
        startsAt,
        durationMinutes: 120,
        videoUrl: null,
        facilitatorName: 'Ben',
      });
      const ics = await api.get(`/api/meetings/${meeting1}/calendar.ics`);
      expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(await ics.text()).toContain('SUMMARY:CoP #1');
    });

    it('runs meeting 1: pre-votes, two topics discussed, an action item, the end', async () => {
      const ben = await connect(meeting1, 'ben', 'Ben');
      const ana = await connect(meeting1, 'ana', 'Ana');
      const cem = await connect(meeting1, 'cem', 'Cem');
      expect(ben.me?.hasFacilitatorKey).toBe(true);
      expect(ana.me?.hasFacilitatorKey).toBe(false);
      expect(ben.view?.settings.preVoting).toBe(true);
      expect(ben.view?.community).toEqual({ id: community.id, name: 'HR CoP' });

      await ben.ok({ type: 'phase:set', phase: 'propose' });
      for (const [index, title] of TOPICS.entries()) {
        await (index < 3 ? ana : cem).ok({ type: 'topic:propose', title });
      }
      await ben.waitFor((client) => client.view?.topics.length === 6);
      const [onboarding, wol, ai, rotation] = TOPICS.map((title) => topicId(ben, title));
      for (const [client, topic] of [
        [ana, onboarding],
        [ana, ai],
        [cem, onboarding],
        [cem, ai],
        [cem, rotation],
        [ben, wol],
      ] as const) {
        await client.ok({ type: 'vote:cast', topicId: topic ?? '' });
      }
      await ben.ok({ type: 'phase:set', phase: 'vote' });
      await ben.ok({ type: 'vote:close' });
      await ben.ok({ type: 'phase:set', phase: 'discuss' });
      await ben.ok({ type: 'discussion:start', topicId: onboarding ?? '' });
      const note = { topicId: onboarding ?? '', kind: 'note', text: 'Buddy system works' };
      await ben.ok({ type: 'item:add', ...note } as never);
      const action = {
        topicId: onboarding ?? '',
        kind: 'action',
        text: 'Draft the checklist',
        owner: 'Ana',
      };
      await ben.ok({ type: 'item:add', ...action } as never);
      await ben.ok({ type: 'discussion:close' });
      await ben.ok({ type: 'discussion:start', topicId: wol ?? '' });
      await ben.ok({ type: 'discussion:close' });
      await ben.ok({ type: 'phase:set', phase: 'wrapup' });
      await ben.ok({ type: 'meeting:end' });
    });

    it('brings the four undiscussed topics back with their history, and keeps the action open', async () => {
      await expect
        .poll(async () => (await look()).pastMeetings[0]?.outcome, { timeout: 5000 })
        .not.toBeNull();
      const view = await look();
      expect(view.pastMeetings[0]?.outcome).toMatchObject({
        discussed: [{ title: 'Onboarding' }, { title: 'WOL circles' }],
        carriedOver: 4,
      });
      const history = (dots: number) => [{ meetingId: meeting1, meetingTitle: 'CoP #1', dots }];
      expect(view.backlog).toMatchObject([
        { title: 'AI in HR', proposedByName: 'Ana', history: history(2) },
        { title: 'Job rotation', proposedByName: 'Cem', history: history(1) },
        { title: 'Feedback', proposedByName: 'Cem', history: history(0) },
        { title: 'Mentoring', proposedByName: 'Cem', history: history(0) },
      ]);
      expect(view.openActions).toMatchObject([
        { text: 'Draft the checklist', owner: 'Ana', meetingId: meeting1, meetingTitle: 'CoP #1' },
      ]);
    });

    it('schedules meeting 2 with the next facilitator, starting with the open action, and pulls two topics into it', async () => {
      const startsAt = '2026-02-20T18:00:00+01:00';
      await ok({ type: 'meeting:schedule', title: 'CoP #2', startsAt }, organiser());
      const scheduled = (await look()).upcomingMeetings;
      expect(scheduled).toMatchObject([{ title: 'CoP #2', facilitatorId: ids.cem }]);
      meeting2 = scheduled[0]?.meetingId ?? '';
      const [ai, rotation] = (await look()).backlog.map((topic) => topic.id);
      const pull = { type: 'backlog:pull', meetingId: meeting2, topicIds: [ai, rotation] };

      expect((await api.send(community.id, pull, { token: tokens.ana })).status).toBe(403);
      const first = await api.send(community.id, pull, { token: tokens.cem }, 'pull-once');
      expect(first.ack.ok).toBe(true);
      // A retry (the answer got lost) gets the first answer and pulls nothing more.
      expect(await api.send(community.id, pull, { token: tokens.cem }, 'pull-once')).toEqual(first);
      expect((await look()).backlog.map((topic) => topic.title)).toEqual(['Feedback', 'Mentoring']);

      const cem = await connect(meeting2, 'cem', 'Cem');
      expect(cem.me?.hasFacilitatorKey).toBe(true);
      expect(cem.view?.reviewActions).toMatchObject([
        { action: { text: 'Draft the checklist' }, status: 'open' },
      ]);
      expect(cem.view?.topics).toMatchObject([
        {
          title: 'AI in HR',
          origin: { backlogTopicId: ai, history: [{ meetingTitle: 'CoP #1' }] },
        },
        { title: 'Job rotation', origin: { backlogTopicId: rotation } },
      ]);
    });

    it("lets members read meeting 1's minutes with their member token, and strangers not", async () => {
      const path = `/api/meetings/${meeting1}/minutes`;
      const asMember = await api.get(path, { token: tokens.ana });
      expect(asMember.status).toBe(200);
      expect(JSON.stringify((await asMember.json()) as Minutes)).toContain('Buddy system works');
      expect((await api.get(`${path}.json`, { token: tokens.ana })).status).toBe(403);
      expect((await api.get(`${path}.json`, organiser())).status).toBe(200);
      expect((await api.get(path, { token: memberToken() })).status).toBe(403);
    });

    it('finds a note of the minutes and a backlog title', async () => {
      const search = async (q: string, who: { key?: string; token?: string }) =>
        api.get(`/api/communities/${community.id}/search?q=${encodeURIComponent(q)}`, who);
      const inMinutes = await (await search('buddy SYSTEM', { token: tokens.ben })).json();
      expect(inMinutes.hits).toMatchObject([{ kind: 'minutes', meetingId: meeting1 }]);
      const inBacklog = await (await search('mentoring', organiser())).json();
      // It is in the backlog, and in meeting 1's minutes as a topic not discussed there.
      expect(inBacklog.hits).toMatchObject([
        { kind: 'backlog', title: 'Mentoring' },
        { kind: 'minutes', meetingId: meeting1 },
      ]);
      expect((await search('mentoring', { token: memberToken() })).status).toBe(403);
      expect((await search('m', { token: tokens.ben })).status).toBe(400);
    });

    it('deletes meeting 2 before it ended, keeping its pulled topics and its action item, and tells its sockets it is gone', async () => {
      const cem = sockets.at(-1) as TestClient;
      const action = { topicId: topicId(cem, 'AI in HR'), kind: 'action', text: 'Ask IT' };
      await cem.ok({ type: 'item:add', ...action } as never);
      const gone = new Promise((resolve) => cem.socket.once('disconnect', resolve));
      await ok({ type: 'meeting:delete', meetingId: meeting2 }, organiser());
      expect(await gone).toBe('io server disconnect');
      await expect(
        TestClient.connect(server.url, { meetingId: meeting2, memberToken: tokens.cem }),
      ).rejects.toThrow('MEETING_NOT_FOUND');
      expect(await server.store.findMeeting(meeting2)).toBeNull();
      const view = await look();
      expect(view.pastMeetings.find((each) => each.meetingId === meeting2)).toMatchObject({
        deleted: true,
        outcome: { discussed: [], carriedOver: 2 },
      });
      const twice = (dots: number) => [
        { meetingId: meeting1, meetingTitle: 'CoP #1', dots },
        { meetingId: meeting2, meetingTitle: 'CoP #2', dots: 0 },
      ];
      expect(view.backlog).toMatchObject([
        { title: 'Feedback' },
        { title: 'Mentoring' },
        { title: 'AI in HR', proposedByName: 'Ana', history: twice(2) },
        { title: 'Job rotation', proposedByName: 'Cem', history: twice(1) },
      ]);
      expect(view.openActions.map((each) => each.text)).toEqual(['Draft the checklist', 'Ask IT']);
      // Asked again (the answer got lost), it concludes nothing twice.
      await ok({ type: 'meeting:delete', meetingId: meeting2 }, organiser());
      expect((await look()).backlog).toHaveLength(4);
    });

    it('deletes meeting 1 once it ended more than RETENTION_DAYS ago', async () => {
      clock.advance(31 * DAY);
      await expect
        .poll(
          async () => {
            clock.advance(60 * 60_000);
            return server.store.findMeeting(meeting1);
          },
          { timeout: 5000, interval: 50 },
        )
        .toBeNull();
      // The meeting goes first, then the community records it: wait for the record too.
      await expect
        .poll(async () => (await look()).pastMeetings.find((each) => each.meetingId === meeting1))
        .toMatchObject({ deleted: true, outcome: { carriedOver: 4 } });
      expect((await api.get(`/api/meetings/${meeting1}/minutes`, organiser())).status).toBe(404);
    });

    it('deletes the whole community for its organiser only', async () => {
      const path = `/api/communities/${community.id}`;
      expect((await api.remove(path, { token: tokens.ana })).status).toBe(401);
      expect((await api.remove(path, { key: 'x'.repeat(32) })).status).toBe(403);
      expect((await api.remove(path, organiser())).status).toBe(204);
      expect((await api.get(path)).status).toBe(404);
      expect(await server.store.findCommunity(community.id)).toBeNull();
      expect(await server.store.listMeetings()).toEqual([]);
      expect((await api.get(`/api/communities/by-code/${community.inviteCode}`)).status).toBe(404);
    });
  });

await describeOnEachStore(describeCommunityFlow);
