/**
 * The minutes downloads over real HTTP, from meetings stored in a real (in-memory SQLite) store.
 */
import type { AddressInfo } from 'node:net';
import { eventsForRecord, type MeetingEvent } from '@percolate/shared';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutesRouter } from '../../../server/src/http/minutesRoutes.js';
import { type EventStore, openSqliteStore } from '../../../server/src/store/index.js';
import { hostileMeeting } from '../../shared/minutes/hostileMeeting.js';
import { realisticMeeting } from '../../shared/minutes/realisticMeeting.js';

const FACILITATOR_SECRET = 'facilitator-secret';
const READER_SECRET = 'reader-secret';
const FACILITATOR = `Bearer ${FACILITATOR_SECRET}`;
const READER = `Bearer ${READER_SECRET}`;

/** Stores a log as the server would: the first command creates the meeting, the rest append. */
const storeMeeting = async (store: EventStore, events: MeetingEvent[]) => {
  const byCommand = new Map<string, MeetingEvent[]>();
  for (const event of events)
    byCommand.set(event.commandId, [...(byCommand.get(event.commandId) ?? []), event]);
  const [[, first = []] = [], ...rest] = [...byCommand];
  const created = first[0];
  if (created?.type !== 'meeting:created') throw new Error('a log starts with meeting:created');
  const id = created.meetingId;
  await store.createMeeting(
    {
      id,
      joinCode: id.toUpperCase(),
      facilitatorKeyHash: 'x',
      title: created.title,
      createdAt: created.at,
      communityId: null,
      endedAt: null,
    },
    first,
  );
  let seq = first.length;
  for (const [commandId, commandEvents] of rest) {
    const last = commandEvents.at(-1)?.seq ?? seq;
    await store.append(id, seq, [
      { commandId, events: commandEvents, ack: { ok: true, seq: last } },
    ]);
    seq = last;
  }
};

describe('GET /api/meetings/:id/minutes.:format', () => {
  let store: EventStore;
  let base = '';
  let close = () => {};
  const realistic = realisticMeeting('en');

  beforeAll(async () => {
    store = openSqliteStore({ file: ':memory:' });
    await storeMeeting(store, realistic.events);
    await storeMeeting(store, hostileMeeting('de').events);
    const app = express();
    app.use(
      minutesRouter({
        loadEvents: (id) => store.loadEvents(id),
        // The real check of secrets is tested against a real server (minutesAccess.test.ts).
        identify: async (_id, { secret }) =>
          secret === FACILITATOR_SECRET
            ? 'facilitator'
            : secret === READER_SECRET
              ? 'linkHolder'
              : null,
        now: () => realistic.now,
      }),
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });

  afterAll(async () => {
    close();
    await store.close();
  });

  const get = (path: string, authorization: string | null = FACILITATOR) =>
    fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });

  it.each([
    ['md', 'text/markdown; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['csv', 'text/csv; charset=utf-8'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['json', 'application/json; charset=utf-8'],
  ])(
    'downloads the %s export with its content type and a dated file name',
    async (format, type) => {
      const response = await get(`/api/meetings/cop-q4/minutes.${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      const suffix = format === 'csv' ? '-actions' : '';
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="2026-11-23-lean-coffee-cop-personnel-development-q4-2026${suffix}.${format}"`,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    },
  );

  it('sends the documents themselves', async () => {
    expect(await (await get('/api/meetings/cop-q4/minutes.md')).text()).toMatch(
      /^# Minutes: CoP Personnel/,
    );
    const csv = new Uint8Array(await (await get('/api/meetings/cop-q4/minutes.csv')).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const docx = Buffer.from(await (await get('/api/meetings/cop-q4/minutes.docx')).arrayBuffer());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const archive = await (await get('/api/meetings/cop-q4/minutes.json')).json();
    expect(archive).toMatchObject({
      format: 'percolate-meeting',
      version: 1,
      meeting: { id: 'cop-q4' },
    });
    // The log as the record may keep it: no token hashes, no one's dots by name.
    expect(archive.events).toEqual(eventsForRecord(realistic.events));
  });

  it('forbids scripts in the HTML export by its Content-Security-Policy', async () => {
    const response = await get('/api/meetings/cop-q4/minutes.html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('gives the minutes in the other language when asked', async () => {
    expect(await (await get('/api/meetings/cop-q4/minutes.md?lang=de')).text()).toMatch(
      /^# Protokoll: /,
    );
    expect(await (await get('/api/meetings/cop-q4/minutes.md?lang=fr')).text()).toMatch(
      /^# Minutes: /,
    );
  });

  it('exports a meeting that is still running, as provisional minutes', async () => {
    const text = await (await get('/api/meetings/hostile/minutes.md')).text();
    expect(text).toContain('Vorläufiges Protokoll');
  });

  it('asks for credentials when there are none, and refuses the wrong ones', async () => {
    const anonymous = await get('/api/meetings/cop-q4/minutes.md', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'KEY_REQUIRED' } });
    const stranger = await get('/api/meetings/cop-q4/minutes.md', 'Bearer guess');
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('lets a reader download the minutes but not the raw log', async () => {
    expect((await get('/api/meetings/cop-q4/minutes.html', READER)).status).toBe(200);
    expect((await get('/api/meetings/cop-q4/minutes.json', READER)).status).toBe(403);
  });

  it('gives the minutes themselves, as the reader page renders them', async () => {
    const response = await get('/api/meetings/cop-q4/minutes', READER);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ meetingId: 'cop-q4', locale: 'en' });
    expect(body.discussed.length).toBeGreaterThan(0);
    expect((await get('/api/meetings/cop-q4/minutes', null)).status).toBe(401);
    expect((await get('/api/meetings/cop-q4/minutes', 'Bearer guess')).status).toBe(403);
  });

  it('answers 404 for a meeting that does not exist and for an unknown format', async () => {
    const missing = await get('/api/meetings/nope/minutes.md');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'MEETING_NOT_FOUND' } });
    expect((await get('/api/meetings/cop-q4/minutes.pdf')).status).toBe(404);
  });
});
