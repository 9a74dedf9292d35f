/**
 * A community moves: exported from one server (SQLite) and imported into another (PostgreSQL, and
 * SQLite too), its community page, backlog and minutes read the same there, under its new ids and
 * secrets.
 */
import type {
  CommunityLookupResponse,
  ImportCommunityResponse,
  MeetingEvent,
} from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachStore } from '../helpers/eachStore.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../helpers/testServer.js';
import {
  buildCommunityWithHistory,
  type CommunityWithHistory,
} from './support/communityWithHistory.js';

const CONFIG = {
  rateLimits: {
    commandsPerSecond: 1000,
    commandBurst: 1000,
    communityCommands: { points: 1000, durationSeconds: 60 },
  },
};
const HELD = ['CoP #1', 'CoP #2'] as const;
const FORMATS = ['md', 'html', 'csv'] as const;

const describeMove = (targetName: string, targetOptions: () => Partial<TestServerOptions>) =>
  describe(`a community moving from SQLite to ${targetName}`, () => {
    let source: TestServer;
    let target: TestServer;
    let built: CommunityWithHistory;
    let moved: ImportCommunityResponse;
    let targetKey = '';
    /** The meeting ids of the source and their new ids on the target (by title), and the community's. */
    let renames: [string, string][] = [];

    const read = async (server: TestServer, path: string, key: string) => {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const page = async (server: TestServer, id: string, key: string) =>
      JSON.parse(await read(server, `/api/communities/${id}`, key)) as CommunityLookupResponse;
    /** Text of the source with its meeting ids as the target has them. */
    const renamed = (text: string) =>
      renames.reduce((result, [from, to]) => result.replaceAll(from, to), text);
    /** A meeting's new id on the target. */
    const newId = (title: keyof CommunityWithHistory['meetings']) =>
      renames.find(([from]) => from === built.meetings[title])?.[1] ?? '';

    beforeAll(async () => {
      source = await startTestServer({ config: CONFIG });
      built = await buildCommunityWithHistory(source.url);
      const archive = await read(
        source,
        `/api/communities/${built.community.id}/archive`,
        built.community.organiserKey,
      );
      target = await startTestServer({ config: CONFIG, ...targetOptions() });
      const response = await fetch(`${target.url}/api/communities/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: archive,
      });
      expect(response.status).toBe(201);
      moved = (await response.json()) as ImportCommunityResponse;
      targetKey = new URL(moved.organiserUrl).hash.replace(/^#key=/, '');
      const there = await page(target, moved.id, targetKey);
      renames = Object.entries(built.meetings).map(([title, id]): [string, string] => [
        id,
        [...there.pastMeetings, ...there.upcomingMeetings].find((each) => each.title === title)
          ?.meetingId ?? `missing ${title}`,
      ]);
      renames.push([built.community.id, moved.id]);
    }, 60_000);
    afterAll(async () => {
      await source?.close();
      await target?.close();
    });

    it('reads its community page the same, but for its new id and invite code', async () => {
      const {
        id: _oldId,
        inviteCode: _oldCode,
        ...before
      } = await page(source, built.community.id, built.community.organiserKey);
      const { id, inviteCode, ...after } = await page(target, moved.id, targetKey);
      expect(id).toBe(moved.id);
      expect(inviteCode).toBe(moved.inviteCode);
      expect(after).toEqual(JSON.parse(renamed(JSON.stringify(before))));
      expect(after.pastMeetings.map((meeting) => meeting.title)).toEqual(['CoP #2', 'CoP #1']);
      expect(after.upcomingMeetings.map((meeting) => meeting.title)).toEqual(['CoP #3']);
    });

    it('reads its backlog the same, each topic with its history', async () => {
      const before = await page(source, built.community.id, built.community.organiserKey);
      const after = await page(target, moved.id, targetKey);
      expect(after.backlog).toEqual(JSON.parse(renamed(JSON.stringify(before.backlog))));
      expect(after.backlog.find((topic) => topic.title === 'Jobrotation')?.history).toEqual([
        { meetingId: newId('CoP #1'), meetingTitle: 'CoP #1', dots: 1 },
        { meetingId: newId('CoP #2'), meetingTitle: 'CoP #2', dots: null },
      ]);
      expect(after.openActions).toMatchObject([
        { text: 'Checkliste entwerfen', meetingId: newId('CoP #1') },
      ]);
    });

    it('reads the minutes of each held meeting the same, in every language and format', async () => {
      for (const title of HELD) {
        const from = built.meetings[title];
        const to = newId(title);
        const model = async (server: TestServer, id: string, key: string) =>
          renamed(await read(server, `/api/meetings/${id}/minutes`, key));
        expect(await model(target, to, targetKey), title).toBe(
          await model(source, from, built.community.organiserKey),
        );
        for (const format of FORMATS) {
          for (const lang of ['de', 'en']) {
            const path = (id: string) => `/api/meetings/${id}/minutes.${format}?lang=${lang}`;
            expect(await read(target, path(to), targetKey), `${title} ${format} ${lang}`).toBe(
              renamed(await read(source, path(from), built.community.organiserKey)),
            );
          }
        }
      }
    });

    it('keeps each meeting’s log as the record kept it, numbered again from 1', async () => {
      for (const title of HELD) {
        const log = async (server: TestServer, id: string, key: string) =>
          (
            JSON.parse(await read(server, `/api/meetings/${id}/minutes.json`, key)) as {
              events: MeetingEvent[];
            }
          ).events;
        const before = await log(source, built.meetings[title], built.community.organiserKey);
        const after = await log(target, newId(title), targetKey);
        expect(after.map((event) => event.seq)).toEqual(after.map((_event, index) => index + 1));
        const unnumbered = (events: MeetingEvent[]) =>
          events.map(({ seq: _seq, ...event }) => event);
        expect(unnumbered(after)).toEqual(JSON.parse(renamed(JSON.stringify(unnumbered(before)))));
      }
    });

    it('lets each member read the minutes with their new link, and not with the old token', async () => {
      const ana = moved.memberLinks.find((link) => link.name === 'Ana');
      const token = new URL(ana?.url ?? 'x:').hash.replace(/^#member=/, '');
      const minutes = (memberToken: string) =>
        fetch(`${target.url}/api/meetings/${newId('CoP #1')}/minutes`, {
          headers: { 'x-member-token': memberToken },
        });
      expect((await minutes(token)).status).toBe(200);
      expect((await minutes(built.tokens.Ana)).status).toBe(403);
    });
  });

await describeOnEachStore(describeMove);
