import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from './support/renderApp.js';

/** The REST API answers; the socket is never opened on these pages. */
const renderApp = (path: string, api: (url: string, init?: RequestInit) => Response) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => api(url, init));
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, user: renderAppAt(path) };
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the start page', () => {
  it('creates a meeting with the chosen settings and opens it as facilitator', async () => {
    const { fetchMock, user } = renderApp('/', () =>
      json({
        id: 'm42',
        joinCode: 'K7QX2M',
        joinUrl: 'http://localhost/join/K7QX2M',
        facilitatorUrl: 'http://localhost/m/m42#key=abc',
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Meeting title'), 'CoP Q3');
    await user.type(screen.getAllByLabelText('Your name')[0] as HTMLElement, 'Fran');
    const dots = screen.getByLabelText('Dots per person');
    await user.clear(dots);
    await user.type(dots, '5');
    await user.click(screen.getByText('More settings'));
    await user.click(screen.getByLabelText('Hide votes until revealed'));
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await screen.findByRole('heading', { level: 1, name: 'Connecting' });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/meetings');
    const body = JSON.parse(String(init?.body));
    expect(body).toMatchObject({
      title: 'CoP Q3',
      settings: { dotsPerPerson: 5, hiddenVotes: true },
    });
    expect(window.location.pathname).toBe('/m/m42');
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('percolate:m42:key')).toBe('abc');
    expect(JSON.parse(localStorage.getItem('percolate:m42:share') ?? '{}')).toMatchObject({
      joinCode: 'K7QX2M',
    });
  });

  it('sends the date and time when one is given', async () => {
    const { fetchMock, user } = renderApp('/', () =>
      json({
        id: 'm43',
        joinCode: 'K7QX2N',
        joinUrl: 'http://localhost/join/K7QX2N',
        facilitatorUrl: 'http://localhost/m/m43#key=k',
      }),
    );
    await user.type(screen.getByLabelText('Meeting title'), 'CoP März');
    await user.type(screen.getAllByLabelText('Your name')[0] as HTMLElement, 'Fran');
    await user.click(screen.getByText('Date and time (optional)'));
    await user.type(screen.getByLabelText('Date'), '2030-03-14');
    const time = screen.getByLabelText('Start time');
    await user.clear(time);
    await user.type(time, '18:30');
    await user.type(
      screen.getByLabelText('Video call link (optional)'),
      'https://video.example.org/cop',
    );
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await screen.findByRole('heading', { level: 1, name: 'Connecting' });
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body.schedule).toMatchObject({
      startsAt: expect.stringMatching(/^2030-03-14T18:30:00[+-]\d{2}:\d{2}$/),
      durationMinutes: 120,
      videoUrl: 'https://video.example.org/cop',
    });
  });

  it('explains when the server refuses to create more meetings', async () => {
    const { user } = renderApp('/', () => json({ error: 'slow down' }, 429));
    await user.type(screen.getByLabelText('Meeting title'), 'CoP Q3');
    await user.type(screen.getAllByLabelText('Your name')[0] as HTMLElement, 'Fran');
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts.');
  });
});

describe('joining by code', () => {
  it('finds the meeting for a code typed with spaces', async () => {
    const { fetchMock, user } = renderApp('/join', () =>
      json({ id: 'm42', title: 'CoP Q3', phase: 'lobby' }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Join a meeting' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Join code'), 'K7Q X2M');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Connecting' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/meetings/by-code/K7QX2M');
    expect(window.location.pathname).toBe('/m/m42');
  });

  it('goes to the community when the code is a community’s invite code', async () => {
    const { fetchMock } = renderApp('/join/C0MMUN', (url) =>
      url.startsWith('/api/meetings/') ? json({ error: 'not found' }, 404) : json({ id: 'c7' }),
    );
    await waitFor(() => expect(window.location.pathname).toBe('/c/c7'));
    expect(fetchMock.mock.calls.map(([url]) => url).slice(0, 2)).toEqual([
      '/api/meetings/by-code/C0MMUN',
      '/api/communities/by-code/C0MMUN',
    ]);
  });

  it('says when a code in the link leads nowhere, and lets people correct it', async () => {
    renderApp('/join/WRONG1', () => json({ error: 'not found' }, 404));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no meeting with this code.',
    );
    expect(screen.getByLabelText('Join code')).toHaveValue('WRONG1');
  });
});
