/**
 * A one-off meeting's facilitator mails the minutes (#17): the addresses they enter, with each
 * delivery's state, beside the read-only links. The API is faked at `fetch`.
 */
import type { DeliveryOverview } from '@percolate/shared';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { meeting } from '../helpers/builders.js';
import { violations } from './support/axe.js';
import { renderWithMeeting } from './support/render.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const ended = () => {
  const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Onboarding'] });
  m.goTo('ended');
  return m;
};

const stub = (overview: DeliveryOverview) => {
  const calls: { url: string; method: string; body: unknown; auth: string | undefined }[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    if (url.includes('/delivery')) {
      calls.push({
        url,
        method,
        body: init.body ? JSON.parse(String(init.body)) : null,
        auth: (init.headers as Record<string, string>).authorization,
      });
      return method === 'GET' ? json(overview) : json({}, 201);
    }
    return url.endsWith('/minutes-links') ? json({ links: [] }) : json({}, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
};

const withAddress: DeliveryOverview = {
  mail: true,
  webhooks: false,
  targets: [{ id: 't1', channel: 'email', address: 'ana@city.test', secret: null, createdAt: 0 }],
  deliveries: [
    {
      meetingId: 'm1',
      targetId: 't1',
      state: 'pending',
      attempts: 1,
      nextAttemptAt: Date.UTC(2030, 0, 1, 12),
      lastError: 'ECONNREFUSED',
      sentAt: null,
    },
  ],
};

beforeEach(() => {
  sessionStorage.clear();
  localStorage.setItem('percolate:m1:key', 'facilitator-key');
  window.history.replaceState(null, '', '/m/m1/minutes');
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('mailing the minutes of a one-off meeting', () => {
  it('shows the addresses with their state and adds one, with the facilitator key', async () => {
    const calls = stub(withAddress);
    const { user } = renderWithMeeting(<App />, ended(), { as: 'facilitator', connect: false });
    const section = (
      await screen.findByRole('heading', { name: 'Send the minutes by e-mail' })
    ).closest('section') as HTMLElement;
    expect(within(section).getByText('ana@city.test')).toBeVisible();
    expect(within(section).getByText(/Retrying at .* after 1 attempt: ECONNREFUSED/)).toBeVisible();

    await user.type(
      within(section).getByLabelText('E-mail address (e.g. a mailing list)'),
      'ben@city.test',
    );
    await user.click(within(section).getByRole('button', { name: 'Add' }));
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/meetings/m1/delivery/targets',
      body: { channel: 'email', address: 'ben@city.test' },
    });
    expect(calls.every((call) => call.auth === 'Bearer facilitator-key')).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it('offers nothing where the server sends no mail', async () => {
    const calls = stub({ ...withAddress, mail: false });
    renderWithMeeting(<App />, ended(), { as: 'facilitator', connect: false });
    await screen.findByRole('heading', { name: 'Read-only links' });
    expect(calls.length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Send the minutes by e-mail' })).toBeNull();
  });
});
