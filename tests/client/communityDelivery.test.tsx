/**
 * Delivering the minutes on the community page (#17): organisers see where the minutes go and how
 * each delivery went, add addresses and chats, and send again. The API is faked at `fetch`.
 */
import type { DeliveryOverview } from '@percolate/shared';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { violations } from './support/axe.js';
import { communityView, json, scheduled, stubCommunityApi } from './support/community.js';
import { renderAppAt } from './support/renderApp.js';

const SENT_AT = Date.UTC(2026, 10, 20, 15, 30);

const overview = (overrides: Partial<DeliveryOverview> = {}): DeliveryOverview => ({
  mail: true,
  webhooks: true,
  targets: [
    { id: 't1', channel: 'email', address: 'cop@lists.city.test', secret: null, createdAt: 0 },
    {
      id: 't2',
      channel: 'json',
      address: 'https://chat.city.test/hook',
      secret: 'k'.repeat(32),
      createdAt: 0,
    },
  ],
  deliveries: [
    {
      meetingId: 'm0',
      targetId: 't1',
      state: 'sent',
      attempts: 1,
      nextAttemptAt: 0,
      lastError: null,
      sentAt: SENT_AT,
    },
    {
      meetingId: 'm0',
      targetId: 't2',
      state: 'failed',
      attempts: 6,
      nextAttemptAt: 0,
      lastError: 'HTTP 503',
      sentAt: null,
    },
  ],
  ...overrides,
});

interface Call {
  url: string;
  method: string;
  body: unknown;
}

const stub = (answer: DeliveryOverview, isOrganiser = true) => {
  const calls: Call[] = [];
  const past = scheduled({ meetingId: 'm0', title: 'CoP #0', startsAt: '2026-11-20T15:00:00Z' });
  stubCommunityApi(communityView({ isOrganiser, pastMeetings: [past] }), {
    other: (url, init) => {
      if (!url.includes('/delivery')) return undefined;
      const method = init.method ?? 'GET';
      calls.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : null });
      if (method === 'GET') return json(answer);
      if (url.endsWith('/targets') && method === 'POST') return json(answer.targets[0], 201);
      return method === 'DELETE' ? new Response(null, { status: 204 }) : json({ queued: 1 }, 202);
    },
  });
  return calls;
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('delivering the minutes, on the community page', () => {
  it('shows organisers where the minutes go and how each delivery went', async () => {
    const calls = stub(overview());
    renderAppAt('/c/c1#key=organiser-secret');
    const section = await screen.findByRole('region', { name: 'Deliver the minutes' });
    expect(await within(section).findAllByText('cop@lists.city.test')).toHaveLength(2);
    expect(within(section).getByText('k'.repeat(32))).toBeVisible();
    expect(within(section).getByText('Failed: HTTP 503')).toBeVisible();
    expect(within(section).getByText(/^Sent /)).toBeVisible();
    expect(calls[0]).toMatchObject({ url: '/api/communities/c1/delivery', method: 'GET' });
    expect(await violations()).toEqual([]);
  });

  it('sends a failed delivery again and reads the states anew', async () => {
    const calls = stub(overview());
    const user = renderAppAt('/c/c1#key=organiser-secret');
    await user.click(
      await screen.findByRole('button', {
        name: 'Send the minutes of CoP #0 to https://chat.city.test/hook again',
      }),
    );
    expect(calls.find((call) => call.url.endsWith('/delivery/send'))).toMatchObject({
      method: 'POST',
      body: { meetingId: 'm0', targetId: 't2' },
    });
    expect(calls.filter((call) => call.method === 'GET')).toHaveLength(2);
  });

  it('adds a mailing list address', async () => {
    const calls = stub(overview({ targets: [], deliveries: [] }));
    const user = renderAppAt('/c/c1#key=organiser-secret');
    const section = await screen.findByRole('region', { name: 'Deliver the minutes' });
    await user.type(
      await within(section).findByLabelText('E-mail address (e.g. a mailing list)'),
      'cop@lists.city.test',
    );
    await user.click(within(section).getByRole('button', { name: 'Add' }));
    expect(calls.find((call) => call.url.endsWith('/targets'))).toMatchObject({
      method: 'POST',
      body: { channel: 'email', address: 'cop@lists.city.test' },
    });
  });

  it('says so when the server delivers nowhere, and offers no form', async () => {
    stub(overview({ mail: false, webhooks: false, targets: [], deliveries: [] }));
    const user = renderAppAt('/c/c1#key=organiser-secret');
    await screen.findByRole('region', { name: 'Deliver the minutes' });
    await user.click(screen.getByRole('button', { name: /DE/ }));
    const section = await screen.findByRole('region', { name: 'Protokoll zustellen' });
    expect(
      await within(section).findByText(
        'Dieser Server versendet keine Protokolle: Die Administration hat weder E-Mail noch Chat eingerichtet.',
      ),
    ).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Hinzufügen' })).toBeNull();
  });

  it('shows members nothing of it and never asks', async () => {
    const calls = stub(overview(), false);
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(screen.queryByRole('region', { name: 'Deliver the minutes' })).toBeNull();
    expect(calls).toEqual([]);
  });
});
