/**
 * The community's invite code in the browser: taken from the invite link's fragment (or the code
 * typed on /join), kept until this browser joined, sent with the join; without it a visitor sees
 * only the community's name. REST is faked at `fetch`.
 */
import type { CommunityLookupAnswer } from '@percolate/shared';
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { communityPreview, communityView, json } from './support/community.js';
import { renderAppAt } from './support/renderApp.js';

/** The server: a preview until a command (the join) succeeds, then the member's whole view. */
const stubServer = () => {
  let view: CommunityLookupAnswer = communityPreview;
  const commands: { command: unknown; headers: Record<string, string> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.endsWith('/commands')) {
        const headers = init.headers as Record<string, string>;
        commands.push({ command: JSON.parse(String(init.body)).command, headers });
        view = communityView({ me: 'anna' });
        return json({ ok: true, seq: 2 });
      }
      return json(view);
    }),
  );
  return { commands };
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the invite code', () => {
  it('is taken from the invite link, out of the address, and sent with the join', async () => {
    const { commands } = stubServer();
    const user = renderAppAt('/c/c1#invite=ABC234');
    const form = await screen.findByRole('form', { name: 'Join this community' });
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/c/c1');
    expect(localStorage.getItem('percolate:community:c1:invite')).toBe('ABC234');
    expect(screen.getByRole('heading', { level: 1, name: 'CoP Testing' })).toBeVisible();

    await user.type(within(form).getByLabelText('Your name'), 'Anna');
    await user.click(within(form).getByRole('button', { name: 'Join the community' }));
    await screen.findByText('Next facilitator: Ben');
    expect(commands[0]?.command).toEqual({ type: 'member:join', name: 'Anna' });
    expect(commands[0]?.headers['x-invite-code']).toBe('ABC234');
    // A member needs it no longer.
    expect(localStorage.getItem('percolate:community:c1:invite')).toBeNull();
  });

  it('without it, shows a visitor only the name and asks for the invite link', async () => {
    stubServer();
    renderAppAt('/c/c1');
    expect(await screen.findByRole('heading', { level: 1, name: 'CoP Testing' })).toBeVisible();
    expect(screen.getByText('We test things.')).toBeVisible();
    expect(screen.getByText('Ask a member or the organiser for the invite link.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Join this community' })).toBeNull();
    expect(screen.queryByText('Invite link')).toBeNull();
    // Set in an effect, which React may run a moment after the heading is on screen.
    await waitFor(() => expect(document.title).toContain('CoP Testing'));
    const found = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('is shown to members as the invite link (in the fragment) and as the code itself', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(communityView())),
    );
    renderAppAt('/c/c1');
    const link = `${window.location.origin}/c/c1#invite=ABC234`;
    expect(await screen.findByText(link)).toBeVisible();
    expect(screen.getByText('ABC234')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy invite link' })).toBeVisible();
  });

  it('is kept from the join page when the code typed there is a community’s', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url.startsWith('/api/meetings/')) return json({ error: 'not found' }, 404);
        if (url.includes('/by-code/')) return json({ id: 'c1' });
        return json(communityPreview);
      }),
    );
    renderAppAt('/join/abc-234');
    expect(await screen.findByRole('form', { name: 'Join this community' })).toBeVisible();
    expect(window.location.pathname).toBe('/c/c1');
    expect(localStorage.getItem('percolate:community:c1:invite')).toBe('abc234');
  });
});
