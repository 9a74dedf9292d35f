/**
 * A community's archive over HTTP: only its organiser downloads it, it keeps the meetings'
 * promises and no secret, and a server imports it as a new community, or refuses it whole.
 */
import { join } from 'node:path';
import {
  COMMUNITY_ARCHIVE_MAX_BYTES,
  type CommunityArchive,
  type ImportCommunityResponse,
  type MeetingEvent,
} from '@percolate/shared';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigOverrides } from '../../server/src/config.js';
import { sha256Hex } from '../../server/src/secrets.js';
import { SQLITE_FILE_NAME } from '../../server/src/store/index.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { memberToken } from './support/communityApi.js';
import {
  ANONYMOUS_TOPIC,
  buildCommunityWithHistory,
  type CommunityWithHistory,
  PRIVATE_LINE,
  PUBLIC_LINE,
} from './support/communityWithHistory.js';

const LIMITS_FOR_TESTS: ConfigOverrides = {
  rateLimits: {
    commandsPerSecond: 1000,
    commandBurst: 1000,
    communityCommands: { points: 1000, durationSeconds: 60 },
  },
};

let source: TestServer;
let built: CommunityWithHistory;
let archiveText = '';
const servers: TestServer[] = [];

const startServer = async (config: ConfigOverrides = LIMITS_FOR_TESTS) => {
  const server = await startTestServer({ config });
  servers.push(server);
  return server;
};

const download = (headers: Record<string, string> = {}, id = built.community.id) =>
  fetch(`${source.url}/api/communities/${id}/archive`, { headers });

const postArchive = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/communities/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

const archive = (): CommunityArchive => JSON.parse(archiveText);
const eventsOf = (title: string): MeetingEvent[] =>
  archive().meetings.find((meeting) => meeting.title === title)?.events ?? [];

/** How many rows each table of the server's SQLite file holds. */
const rowCounts = (server: TestServer): Record<string, number> => {
  const db = new Database(join(server.dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all();
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db.prepare<[], number>(`SELECT COUNT(*) FROM "${table}"`).pluck().get() ?? 0,
      ]),
    );
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  source = await startServer();
  built = await buildCommunityWithHistory(source.url);
  const response = await download({ authorization: `Bearer ${built.community.organiserKey}` });
  expect(response.status).toBe(200);
  archiveText = await response.text();
}, 60_000);
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('downloading a community archive', () => {
  it('is for its organiser: 401 without a key, 403 for any other, even of no community', async () => {
    expect((await download()).status).toBe(401);
    expect((await download({ 'x-member-token': built.tokens.Ana })).status).toBe(401);
    const wrong = { authorization: `Bearer ${'x'.repeat(32)}` };
    expect((await download(wrong)).status).toBe(403);
    const ghost = await download(wrong, 'no-such-community');
    expect(ghost.status).toBe(403);
    expect(await ghost.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'not the organiser key' },
    });
  });

  it('comes as a JSON attachment that no cache keeps', async () => {
    const response = await download({ authorization: `Bearer ${built.community.organiserKey}` });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="\d{4}-\d{2}-\d{2}-percolate-hr-cop\.json"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(archive()).toMatchObject({ format: 'percolate-community', version: 1 });
  });

  it('holds the members, rotation, schedule, backlog with history, open actions and minutes', () => {
    const { community, backlog, actions, meetings } = archive();
    expect(community.members.map((member) => member.name)).toEqual(['Ana', 'Ben', 'Cem']);
    expect(community.rotation).toEqual([
      built.memberIds.Ben,
      built.memberIds.Cem,
      built.memberIds.Ana,
    ]);
    expect(meetings.map((meeting) => [meeting.title, meeting.events !== null])).toEqual([
      ['CoP #1', true],
      ['CoP #2', true],
      ['CoP #3', false],
    ]);
    expect(backlog.map((topic) => [topic.title, topic.history.map((entry) => entry.dots)])).toEqual(
      [
        ['Working Out Loud', []],
        ['KI in der Personalarbeit', [0]],
        ['Jobrotation', [1, null]],
        [ANONYMOUS_TOPIC, [null]],
      ],
    );
    expect(actions).toMatchObject([{ text: 'Checkliste entwerfen', owner: 'Ana' }]);
  });

  it('carries no secret: no key, token, hash, invite or join code', async () => {
    const secrets = [
      built.community.organiserKey,
      sha256Hex(built.community.organiserKey),
      built.community.inviteCode,
      ...Object.values(built.tokens).flatMap((token) => [token, sha256Hex(token)]),
    ];
    for (const meetingId of Object.values(built.meetings)) {
      const record = await source.store.findMeeting(meetingId);
      secrets.push(record?.joinCode ?? 'missing', record?.facilitatorKeyHash ?? 'missing');
    }
    for (const secret of secrets) expect(archiveText).not.toContain(secret);
    expect(archiveText).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe("the archive keeps each meeting's promises", () => {
  it('names no author of an anonymous topic', () => {
    const proposed = eventsOf('CoP #2').filter((event) => event.type === 'topic:proposed');
    expect(proposed).toMatchObject([{ title: ANONYMOUS_TOPIC, authorId: '' }]);
    const topic = archive().backlog.find((each) => each.title === ANONYMOUS_TOPIC);
    expect(topic?.proposedByName).toBeNull();
  });

  it('gives no dots of hidden votes never revealed', () => {
    const dots = eventsOf('CoP #2').filter((event) => event.type.startsWith('vote:'));
    expect(dots).toEqual([]);
    expect(eventsOf('CoP #1').filter((event) => event.type === 'vote:cast')).toHaveLength(2);
  });

  it('keeps a private check-in line out, and the others in', () => {
    expect(archiveText).not.toContain(PRIVATE_LINE);
    expect(archiveText).not.toContain('Kassel');
    expect(archiveText).toContain(PUBLIC_LINE);
  });
});

describe('importing a community archive', () => {
  let target: TestServer;
  let imported: ImportCommunityResponse;
  const keyOf = (url: string) => new URL(url).hash.replace(/^#(key|member)=/, '');

  beforeAll(async () => {
    target = await startServer();
    const response = await postArchive(target.url, archiveText);
    expect(response.status).toBe(201);
    imported = (await response.json()) as ImportCommunityResponse;
  });

  it('answers the links of a new community, and a link for each member', () => {
    expect(imported.id).not.toBe(built.community.id);
    expect(imported.organiserUrl).toBe(
      `${target.url}/c/${imported.id}#key=${keyOf(imported.organiserUrl)}`,
    );
    expect(imported.inviteUrl).toBe(`${target.url}/c/${imported.id}#invite=${imported.inviteCode}`);
    expect(imported.memberLinks.map((link) => [link.name, link.memberId])).toEqual([
      ['Ana', built.memberIds.Ana],
      ['Ben', built.memberIds.Ben],
      ['Cem', built.memberIds.Cem],
    ]);
  });

  it('lets each member in by their link, and newcomers by the new invite code', async () => {
    const look = (headers: Record<string, string>) =>
      fetch(`${target.url}/api/communities/${imported.id}`, { headers }).then((r) => r.json());
    for (const link of imported.memberLinks) {
      expect(await look({ 'x-member-token': keyOf(link.url) })).toMatchObject({
        me: link.memberId,
      });
    }
    // The old secrets open nothing here.
    expect(await look({ 'x-member-token': built.tokens.Ana })).toMatchObject({ me: null });
    const newcomer = memberToken();
    const joined = await fetch(`${target.url}/api/communities/${imported.id}/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-member-token': newcomer,
        'x-invite-code': imported.inviteCode,
      },
      body: JSON.stringify({ commandId: 'join', command: { type: 'member:join', name: 'Dora' } }),
    });
    expect(joined.status).toBe(200);
  });

  it('keeps the held meetings read-only', async () => {
    const view = await fetch(`${target.url}/api/communities/${imported.id}`, {
      headers: { authorization: `Bearer ${keyOf(imported.organiserUrl)}` },
    }).then((r) => r.json());
    for (const meeting of view.pastMeetings) {
      const record = await target.store.findMeeting(meeting.meetingId);
      expect(record?.endedAt, meeting.title).toBe(meeting.outcome.endedAt);
      const organiser = await TestClient.connect(target.url, {
        meetingId: meeting.meetingId,
        facilitatorKey: keyOf(imported.organiserUrl),
      });
      try {
        expect(organiser.view?.phase).toBe('ended');
        const ack = await organiser.send({ type: 'participant:join', name: 'Ana' });
        expect(ack).toMatchObject({ ok: false, error: { code: 'MEETING_ENDED' } });
      } finally {
        organiser.close();
      }
    }
  });
});

describe('an import refuses, and writes nothing', () => {
  it('an archive with one bad meeting at the end, naming where', async () => {
    const target = await startServer();
    const before = rowCounts(target);
    const bad = archive();
    const last = bad.meetings.findLast((meeting) => meeting.events !== null);
    const events = last?.events ?? [];
    const index = events.length - 1;
    events[index] = { ...(events[index] as MeetingEvent), at: -1 };
    const response = await postArchive(target.url, JSON.stringify(bad));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'INVALID_PAYLOAD',
        message: expect.stringMatching(/^meetings\.1\.events\.\d+\.at: /),
      },
    });
    expect(rowCounts(target)).toEqual(before);
  });

  it('an archive of a version it does not read', async () => {
    const target = await startServer();
    const response = await postArchive(target.url, JSON.stringify({ ...archive(), version: 2 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'ARCHIVE_UNSUPPORTED',
        message: 'archive version 2: this server reads version 1',
      },
    });
  });

  it('a body over the limit, with 413', async () => {
    const target = await startServer();
    const huge = JSON.stringify({ ...archive(), padding: 'x'.repeat(COMMUNITY_ARCHIVE_MAX_BYTES) });
    const response = await postArchive(target.url, huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_PAYLOAD', message: 'an archive is at most 10 MB' },
    });
  });

  it('beyond the creation budget, which imports share with creating', async () => {
    const target = await startServer({
      ...LIMITS_FOR_TESTS,
      rateLimits: { createMeeting: { points: 1, durationSeconds: 600 } },
    });
    expect((await postArchive(target.url, archiveText)).status).toBe(201);
    expect((await postArchive(target.url, archiveText)).status).toBe(429);
  });

  it('without the access code on a server that restricts creating', async () => {
    const target = await startServer({
      ...LIMITS_FOR_TESTS,
      creation: { code: 'stadt-2026', networks: [] },
    });
    const refused = await postArchive(target.url, archiveText);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'CREATION_RESTRICTED' } });
    const allowed = await postArchive(target.url, archiveText, { 'x-creation-code': 'stadt-2026' });
    expect(allowed.status).toBe(201);
  });
});
