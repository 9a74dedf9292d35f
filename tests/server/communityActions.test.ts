/**
 * The community page and its meetings agree on open actions: done on the page reaches every
 * upcoming meeting that reviews it; done in a meeting reaches the community (and the other
 * meetings) at once; taken back in that meeting before it ends, it is open again at its end.
 */
import type { CommunityLookupResponse } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachStore } from '../helpers/eachStore.js';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../helpers/testServer.js';
import { type CommunityApi, type CreatedCommunity, communityApi } from './support/communityApi.js';

const POLL = { timeout: 5000 };

const describeActions = (name: string, storeOptions: () => Partial<TestServerOptions>) =>
  describe(`open actions between a community and its meetings on ${name}`, () => {
    const clock = new FakeClock(Date.parse('2026-01-15T09:00:00Z'));
    let server: TestServer;
    let api: CommunityApi;
    let community: CreatedCommunity;
    const sockets: TestClient[] = [];
    const meetings = { first: '', second: '', third: '' };
    const clients: Record<'second' | 'third', TestClient | null> = { second: null, third: null };

    const organiser = () => ({ key: community.organiserKey });
    const look = (): Promise<CommunityLookupResponse> => api.look(community.id, organiser());
    const ok = async (command: unknown) => {
      const { ack } = await api.send(community.id, command, organiser());
      if (!ack.ok) throw new Error(`${JSON.stringify(command)}: ${ack.error.code}`);
    };
    const facilitate = async (meetingId: string) => {
      const client = await TestClient.connect(server.url, {
        meetingId,
        facilitatorKey: community.organiserKey,
      });
      sockets.push(client);
      await client.join('Fran');
      return client;
    };
    const schedule = async (title: string): Promise<string> => {
      await ok({ type: 'meeting:schedule', title, startsAt: '2026-01-20T18:00:00Z' });
      const found = (await look()).upcomingMeetings.find((meeting) => meeting.title === title);
      return found?.meetingId ?? '';
    };
    const openActionTexts = async () => (await look()).openActions.map((action) => action.text);
    const statusIn = (client: TestClient | null, text: string) =>
      client?.view?.reviewActions.find((each) => each.action.text === text)?.status;
    const actionId = async (text: string) =>
      (await look()).openActions.find((action) => action.text === text)?.id ?? '';
    const reviewsIn = async (meetingId: string) =>
      (await server.store.loadEvents(meetingId)).filter(
        (event) => event.type === 'action:reviewed',
      );

    beforeAll(async () => {
      server = await startTestServer({ clock, ...storeOptions() });
      api = communityApi(server.url);
    });
    afterAll(async () => {
      for (const client of sockets) client.close();
      await server.close();
    });

    it('opens the action items of a first meeting and offers them to the next two', async () => {
      community = await api.create();
      meetings.first = await schedule('CoP #1');
      const first = await facilitate(meetings.first);
      await first.ok({ type: 'phase:set', phase: 'propose' });
      await first.ok({ type: 'topic:propose', title: 'Tools' });
      await first.waitFor((client) => client.view?.topics.length === 1);
      const topicId = first.view?.topics[0]?.id ?? '';
      for (const text of ['Ask IT', 'Book a room']) {
        await first.ok({ type: 'item:add', topicId, kind: 'action', text } as never);
      }
      await first.ok({ type: 'meeting:end' });
      await expect.poll(openActionTexts, POLL).toEqual(['Ask IT', 'Book a room']);
      meetings.second = await schedule('CoP #2');
      meetings.third = await schedule('CoP #3');
      clients.second = await facilitate(meetings.second);
      clients.third = await facilitate(meetings.third);
      expect(statusIn(clients.third, 'Book a room')).toBe('open');
    });

    it('marks an action done on the community page in every upcoming meeting that reviews it, once', async () => {
      await ok({ type: 'action:done', actionId: await actionId('Ask IT') });
      for (const client of [clients.second, clients.third]) {
        await client?.waitFor((each) => statusIn(each, 'Ask IT') === 'done');
      }
      expect(await openActionTexts()).toEqual(['Book a room']);
      expect(await reviewsIn(meetings.second)).toMatchObject([{ status: 'done' }]);
      expect(await reviewsIn(meetings.third)).toMatchObject([{ status: 'done' }]);
    });

    it('closes an action done in a meeting for the community at once, and in the other meetings', async () => {
      const bookId = await actionId('Book a room');
      await clients.second?.ok({ type: 'action:review', actionId: bookId, status: 'done' });
      await expect.poll(openActionTexts, POLL).toEqual([]);
      await clients.third?.waitFor((each) => statusIn(each, 'Book a room') === 'done');
      // Marking it done again on the page finds nothing open any more.
      const again = await api.send(
        community.id,
        { type: 'action:done', actionId: bookId },
        organiser(),
      );
      expect(again.ack).toMatchObject({ ok: false, error: { code: 'ITEM_NOT_FOUND' } });
    });

    it('opens it again when that meeting took it back before it ended, here and in the other meetings', async () => {
      const second = clients.second;
      const bookId =
        second?.view?.reviewActions.find((each) => each.action.text === 'Book a room')?.action.id ??
        '';
      await second?.ok({ type: 'action:review', actionId: bookId, status: 'open' });
      // 'open' waits for the conclusion.
      expect(await openActionTexts()).toEqual([]);
      await second?.ok({ type: 'meeting:end' });
      await expect.poll(openActionTexts, POLL).toEqual(['Book a room']);
      await clients.third?.waitFor((each) => statusIn(each, 'Book a room') === 'open');
      // 'Ask IT' stays done there: the community's word, not taken back in this meeting.
      expect(statusIn(clients.third, 'Ask IT')).toBe('done');

      await clients.third?.ok({ type: 'meeting:end' });
      await expect
        .poll(async () => (await look()).pastMeetings.filter((m) => m.outcome).length, POLL)
        .toBe(3);
      expect(await openActionTexts()).toEqual(['Book a room']);
    });
  });

await describeOnEachStore(describeActions);
