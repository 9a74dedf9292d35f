/**
 * The minutes page, /m/:id/minutes: an absentee with a read-only link reads and downloads the
 * minutes without joining; people who took part read them over their connection; the facilitator
 * hands out and revokes read-only links there. The REST API is faked at `fetch`, the socket by
 * the FakeServer running the real rules.
 */
import { minutes } from '@percolate/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { meeting, type TestMeeting } from '../helpers/builders.js';
import { violations } from './support/axe.js';
import { captureDownloads } from './support/downloads.js';
import { renderWithMeeting } from './support/render.js';

const SECRET = 'reader-secret-0123456789abcdefghij';

type Api = (url: string, init: RequestInit) => Response | Promise<Response>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stubFetch = (api: Api) => {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => api(url, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const authorization = (init: RequestInit | undefined): string | undefined =>
  (init?.headers as Record<string, string> | undefined)?.authorization;

const endedMeeting = (): TestMeeting => {
  const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Onboarding'] });
  m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
  m.advance(5 * 60_000);
  m.ok('facilitator', {
    type: 'item:add',
    topicId: topicIds[0] as string,
    kind: 'decision',
    text: 'Pilot the buddy system',
  });
  m.goTo('ended');
  return m;
};

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the minutes page for a reader with a read-only link', () => {
  it('shows the minutes without joining, and takes the secret out of the address', async () => {
    const m = endedMeeting();
    window.history.replaceState(null, '', `/m/m1/minutes#view=${SECRET}`);
    const fetchMock = stubFetch(() => json(minutes(m.events)));
    const { store } = renderWithMeeting(<App />, m, { as: 'absentee', connect: false });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Minutes: CoP meeting' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Pilot the buddy system')).toBeInTheDocument();
    expect(
      screen.getByText('You are reading these minutes through a read-only link.'),
    ).toBeVisible();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/meetings/m1/minutes');
    expect(authorization(init)).toBe(`Bearer ${SECRET}`);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/m/m1/minutes');
    expect(sessionStorage.getItem('percolate:m1:view')).toBe(SECRET);
    expect(store.getState().status).toBe('idle');
    expect(await violations()).toEqual([]);
  });

  it('downloads the minutes in each format it may, under the server’s file name', async () => {
    const m = endedMeeting();
    window.history.replaceState(null, '', `/m/m1/minutes#view=${SECRET}`);
    const fetchMock = stubFetch((url) =>
      url.endsWith('/minutes')
        ? json(minutes(m.events))
        : new Response('# Protokoll', {
            headers: {
              'content-type': 'text/markdown; charset=utf-8',
              'content-disposition': 'attachment; filename="2025-01-15-lean-coffee-cop-meeting.md"',
            },
          }),
    );
    const saved = captureDownloads();
    const { user } = renderWithMeeting(<App />, m, { as: 'absentee', connect: false });
    await screen.findByRole('heading', { level: 1 });

    for (const name of [
      'Download Markdown',
      'Download HTML (print-ready)',
      'Download Word (DOCX)',
      'Download action items (CSV)',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      screen.queryByRole('button', { name: 'Download the whole meeting (JSON)' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));

    await waitFor(() => expect(saved).toEqual(['2025-01-15-lean-coffee-cop-meeting.md']));
    const download = fetchMock.mock.calls.find(([url]) => url.endsWith('.md'));
    expect(download?.[0]).toBe('/api/meetings/m1/minutes.md');
    expect(authorization(download?.[1])).toBe(`Bearer ${SECRET}`);
  });

  it('keeps working after a reload, from this tab’s memory of the link', async () => {
    const m = endedMeeting();
    sessionStorage.setItem('percolate:m1:view', SECRET);
    window.history.replaceState(null, '', '/m/m1/minutes');
    const fetchMock = stubFetch(() => json(minutes(m.events)));
    renderWithMeeting(<App />, m, { as: 'absentee', connect: false });

    await screen.findByRole('heading', { level: 1, name: 'Minutes: CoP meeting' });
    expect(authorization(fetchMock.mock.calls[0]?.[1])).toBe(`Bearer ${SECRET}`);
  });

  it('says plainly when the link was revoked', async () => {
    const m = endedMeeting();
    window.history.replaceState(null, '', `/m/m1/minutes#view=${SECRET}`);
    stubFetch(() => json({ error: { code: 'FORBIDDEN', message: 'no' } }, 403));
    renderWithMeeting(<App />, m, { as: 'absentee', connect: false });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This link does not open any minutes',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask the facilitator for a new one/)).toBeInTheDocument();
  });
});

describe('the minutes page for people who took part', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/m/m1/minutes');
  });

  it('shows a participant the minutes over their own connection', async () => {
    const m = endedMeeting();
    const fetchMock = stubFetch(() => json({}, 500));
    renderWithMeeting(<App />, m, { as: 'p1', connect: false });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Minutes: CoP meeting' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Pilot the buddy system')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download Markdown' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy as Markdown' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await violations()).toEqual([]);
  });

  it('tells someone who never joined how to get the minutes', async () => {
    const m = endedMeeting();
    renderWithMeeting(<App />, m, { as: 'stranger', connect: false });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'No access to these minutes' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask the facilitator for a read-only link/)).toBeInTheDocument();
    expect(screen.queryByText('Pilot the buddy system')).not.toBeInTheDocument();
  });

  it('lets the facilitator create a read-only link, copy it, and revoke it', async () => {
    const m = endedMeeting();
    localStorage.setItem('percolate:m1:key', 'facilitator-key');
    const url = `http://localhost/m/m1/minutes#view=${SECRET}`;
    let links: { linkId: string; createdAt: number }[] = [];
    const fetchMock = stubFetch((path, init) => {
      if (init.method === 'POST') {
        links = [{ linkId: 'link1', createdAt: m.now }];
        return json({ linkId: 'link1', url }, 201);
      }
      if (init.method === 'DELETE') {
        links = [];
        return new Response(null, { status: 204 });
      }
      return path.endsWith('/minutes-links') ? json({ links }) : json({}, 404);
    });
    const { user } = renderWithMeeting(<App />, m, { as: 'facilitator', connect: false });
    const section = (await screen.findByRole('heading', { name: 'Read-only links' })).closest(
      'section',
    ) as HTMLElement;
    expect(await within(section).findByText('No read-only links yet.')).toBeInTheDocument();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();

    await user.click(within(section).getByRole('button', { name: 'Create read-only link' }));

    expect(await within(section).findByLabelText('New read-only link')).toHaveValue(url);
    await user.click(within(section).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await within(section).findByText('Copied.')).toBeInTheDocument();

    const revoke = await within(section).findByRole('button', { name: /^Revoke the link created/ });
    await user.click(revoke);
    await user.click(within(section).getByRole('button', { name: 'Really revoke it?' }));

    expect(await within(section).findByText('No read-only links yet.')).toBeInTheDocument();
    expect(within(section).queryByLabelText('New read-only link')).not.toBeInTheDocument();
    const calls = fetchMock.mock.calls.map(([path, init]) => `${init?.method ?? 'GET'} ${path}`);
    expect(calls).toContain('POST /api/meetings/m1/minutes-links');
    expect(calls).toContain('DELETE /api/meetings/m1/minutes-links/link1');
    for (const [, init] of fetchMock.mock.calls) {
      expect(authorization(init)).toBe('Bearer facilitator-key');
    }
  });
});
