/**
 * A community moving: its organiser downloads the archive on the community page, and the start
 * page of another server imports it. The API is faked at `fetch` (the server is outside the
 * client unit).
 */
import type { ImportCommunityResponse } from '@percolate/shared';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { communityView, json, NO_DELIVERIES, stubCommunityApi } from './support/community.js';
import { captureDownloads } from './support/downloads.js';
import { renderAppAt } from './support/renderApp.js';

const ARCHIVE = JSON.stringify({ format: 'percolate-community', version: 1 });

const IMPORTED: ImportCommunityResponse = {
  id: 'c9',
  inviteCode: 'NEWINV',
  inviteUrl: 'http://localhost/c/c9#invite=NEWINV',
  organiserUrl: 'http://localhost/c/c9#key=new-organiser-key',
  memberLinks: [
    { memberId: 'anna', name: 'Anna', url: 'http://localhost/c/c9#member=token-anna' },
    { memberId: 'ben', name: 'Ben', url: 'http://localhost/c/c9#member=token-ben' },
  ],
};

/** The start page with the import API answering `answer`, and the new community's page after. */
const startPage = (answer: () => Response) => {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
    url === '/api/communities/import'
      ? answer()
      : url.endsWith('/delivery')
        ? json(NO_DELIVERIES)
        : json(communityView({ id: 'c9', isOrganiser: true, me: null })),
  );
  vi.stubGlobal('fetch', fetchMock);
  const user = renderAppAt('/');
  const choose = (content: string, name = 'hr-cop.json') =>
    user.upload(
      screen.getByLabelText('Community archive (JSON file)'),
      new File([content], name, { type: 'application/json' }),
    );
  const submit = () => user.click(screen.getByRole('button', { name: 'Import community' }));
  const importCalls = () =>
    fetchMock.mock.calls.filter(([url]) => url === '/api/communities/import');
  return { fetchMock, user, choose, submit, importCalls };
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('importing a community on the start page', () => {
  it('asks for a file, and refuses one that is no JSON before sending it', async () => {
    const { choose, submit, importCalls } = startPage(() => json(IMPORTED, 201));
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please choose the archive file first.',
    );
    await choose('<html>not an archive</html>', 'minutes.html');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a JSON file.');
    expect(importCalls()).toEqual([]);
  });

  it('says where the archive is wrong when the server refuses it, and that nothing was imported', async () => {
    const { choose, submit, importCalls } = startPage(() =>
      json(
        {
          error: {
            code: 'INVALID_PAYLOAD',
            message: 'meetings.1.events.13.text: Too big: expected string to have <=500 characters',
          },
        },
        400,
      ),
    );
    await choose(ARCHIVE);
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The archive cannot be imported');
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(alert).toHaveTextContent('Where: meetings.1.events.13.text');
    expect(importCalls()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Import community' })).toBeEnabled();
  });

  it('explains an archive of another version, and one too large for the server', async () => {
    let status = 400;
    const { choose, submit } = startPage(() =>
      status === 400
        ? json({ error: { code: 'ARCHIVE_UNSUPPORTED', message: 'archive version 2' } }, 400)
        : json({ error: { code: 'INVALID_PAYLOAD', message: 'too large' } }, 413),
    );
    await choose(ARCHIVE);
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'not a Percolate community archive, or one of a version this server cannot read',
    );
    status = 413;
    await submit();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('larger than 10 MB'));
  });

  it('sends the file as it is, shows each member’s link once, then opens the community as organiser', async () => {
    const { choose, submit, importCalls, user } = startPage(() => json(IMPORTED, 201));
    await choose(ARCHIVE);
    await submit();
    const heading = await screen.findByRole('heading', { name: 'The community has moved in' });
    expect(heading).toHaveFocus();
    const [, init] = importCalls()[0] ?? [];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(ARCHIVE);
    expect(screen.getByRole('button', { name: 'Copy link for Anna' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy link for Ben' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Open the community as organiser' }));
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(window.location.pathname).toBe('/c/c9');
    expect(localStorage.getItem('percolate:community:c9:key')).toBe('new-organiser-key');
  });
});

describe('downloading the community archive', () => {
  it('is offered to organisers, with the organiser key, and saved under the server’s name', async () => {
    localStorage.setItem('percolate:community:c1:key', 'organiser-secret');
    const { fetchMock } = stubCommunityApi(communityView({ isOrganiser: true }), {
      other: (url) =>
        url.endsWith('/archive')
          ? new Response('{}', {
              headers: {
                'content-type': 'application/json; charset=utf-8',
                'content-disposition':
                  'attachment; filename="2026-12-10-percolate-cop-testing.json"',
              },
            })
          : undefined,
    });
    const saved = captureDownloads();
    const user = renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });

    await user.click(screen.getByRole('button', { name: 'Download community archive' }));
    await waitFor(() => expect(saved).toEqual(['2026-12-10-percolate-cop-testing.json']));
    const call = fetchMock.mock.calls.find(([url]) => url === '/api/communities/c1/archive');
    expect(call?.[1]?.headers).toMatchObject({ authorization: 'Bearer organiser-secret' });
  });

  it('is not offered to members', async () => {
    stubCommunityApi(communityView());
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(screen.queryByRole('button', { name: 'Download community archive' })).toBeNull();
  });
});
