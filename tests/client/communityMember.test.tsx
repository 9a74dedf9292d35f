/**
 * A member across devices and an organiser who may also be a member, on the community page. REST
 * is faked at `fetch`; every test goes through the App's router like a visitor.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { violations } from './support/axe.js';
import { communityPreview, communityView, json, stubCommunityApi } from './support/community.js';
import { renderAppAt } from './support/renderApp.js';

const ANNAS_TOKEN = 'annas-token-from-the-laptop';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a member’s link for another device', () => {
  it('is offered to the member behind a disclosure, with a warning, and copies the member’s token in the fragment', async () => {
    stubCommunityApi(communityView());
    const user = renderAppAt('/c/c1');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    const copy = screen.getByRole('button', { name: 'Copy my link for another device' });
    expect(copy).not.toBeVisible();
    await user.click(screen.getByText('Use on another device'));
    expect(copy).toBeVisible();
    expect(
      screen.getByText(
        'Keep this link to yourself: whoever has it acts as you in this community, with your name.',
      ),
    ).toBeVisible();
    await user.click(copy);
    const token = localStorage.getItem('percolate:community:c1:token') as string;
    expect(token.length).toBeGreaterThanOrEqual(21);
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/c/c1#member=${token}`);
    expect(await violations()).toEqual([]);
  });

  it('is not offered to someone who is no member', async () => {
    stubCommunityApi(communityView({ me: null, isOrganiser: true }));
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(screen.queryByText('Use on another device')).toBeNull();
  });

  it('makes the browser that opens it that member: the token is kept, out of the address, and the name comes from the server', async () => {
    localStorage.setItem('percolate:community:c1:token', 'this-browsers-own-token-0');
    const fetchMock = vi.fn(async (_url: string, init: RequestInit = {}) => {
      const headers = init.headers as Record<string, string>;
      return json(headers['x-member-token'] === ANNAS_TOKEN ? communityView() : communityPreview);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAppAt(`/c/c1#member=${ANNAS_TOKEN}`);
    const members = within(
      (await screen.findByRole('heading', { level: 2, name: '2 members' })).closest(
        'section',
      ) as HTMLElement,
    );
    expect(members.getByText('(you)').closest('li')).toHaveTextContent('Anna (you)');
    expect(window.location.pathname).toBe('/c/c1');
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('percolate:community:c1:token')).toBe(ANNAS_TOKEN);
    expect(localStorage.getItem('percolate:community:c1:name')).toBe('Anna');
    for (const [url] of fetchMock.mock.calls) expect(url).not.toContain(ANNAS_TOKEN);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('an organiser who is no member', () => {
  it('is offered membership as an option, not asked to join like a stranger', async () => {
    const { sent } = stubCommunityApi(communityView({ me: null, isOrganiser: true }));
    const user = renderAppAt('/c/c1');
    const form = await screen.findByRole('form', { name: 'Take part as a member too' });
    expect(
      within(form).getByText(
        'Organising needs no membership. To bring topics under your name and take turns facilitating, join as a member as well.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Join this community' })).toBeNull();
    await user.type(within(form).getByLabelText('Your name'), 'Olga');
    await user.click(within(form).getByRole('button', { name: 'Join as a member' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.command).toEqual({ type: 'member:join', name: 'Olga' });
    expect(await violations()).toEqual([]);
  });
});
