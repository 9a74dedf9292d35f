/**
 * A community's meeting in the browser: the way back to the community, its schedule in the lobby,
 * the community's credentials at the handshake, the member's name, dots before the vote, topics
 * from the backlog, the review of earlier actions and the minutes for members. The meeting runs
 * on the FakeServer (the real rules); REST is faked at `fetch`.
 */
import { minutes, type OpenAction, participantDots, type TopicOrigin } from '@percolate/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { MeetingPage } from '../../client/src/app/meeting/MeetingPage.js';
import { createAppStore } from '../../client/src/store/appStore.js';
import { StoreProvider } from '../../client/src/store/StoreContext.js';
import type { ConnectOptions } from '../../client/src/store/transport.js';
import { meeting, type TestMeeting } from '../helpers/builders.js';
import { violations } from './support/axe.js';
import { json } from './support/community.js';
import { FakeServer } from './support/fakeServer.js';
import { renderWithMeeting } from './support/render.js';
import { renderAppAt } from './support/renderApp.js';

const COMMUNITY = { id: 'c1', name: 'CoP Testing' };

/** The builder's meeting, as if the community had scheduled it. */
const ofCommunity = (m: TestMeeting): TestMeeting => {
  m.state = { ...m.state, community: COMMUNITY };
  return m;
};

const lookup = {
  id: 'm1',
  title: 'CoP meeting',
  phase: 'lobby',
  joinCode: 'K7QX2M',
  community: {
    ...COMMUNITY,
    startsAt: '2030-12-03T16:00:00+01:00',
    durationMinutes: 90,
    videoUrl: 'https://meet.example/cop',
    facilitatorName: 'Anna',
  },
};

const action = (id: string, text: string): OpenAction => ({
  id,
  text,
  owner: 'Ben',
  due: null,
  meetingId: 'm0',
  meetingTitle: 'CoP #0',
  createdAt: 0,
});

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => json(lookup)),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a community’s meeting', () => {
  it('links back to its community and shows when, the video call and the calendar entry in the lobby', async () => {
    const { m } = meeting({ participants: 1 });
    renderWithMeeting(<App />, ofCommunity(m), { as: 'p1', connect: false });
    const back = await screen.findByRole('link', { name: 'Part of CoP Testing' });
    expect(back).toHaveAttribute('href', '/c/c1');
    const schedule = within(
      (await screen.findByRole('heading', { name: 'When and where' })).closest(
        'section',
      ) as HTMLElement,
    );
    expect(
      schedule.getByText(
        new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(
          new Date(lookup.community.startsAt),
        ),
      ),
    ).toBeVisible();
    expect(schedule.getByRole('link', { name: 'Video call' })).toHaveAttribute(
      'href',
      'https://meet.example/cop',
    );
    expect(schedule.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/api/meetings/m1/calendar.ics',
    );
    expect(await violations()).toEqual([]);
  });

  it('brings the member token and the organiser key (as facilitator key) to the handshake', () => {
    localStorage.setItem('percolate:m1:community', 'c1');
    localStorage.setItem('percolate:community:c1:token', 'member-token-0123456789ab');
    localStorage.setItem('percolate:community:c1:key', 'organiser-key');
    const seen: ConnectOptions[] = [];
    const store = createAppStore((options) => {
      seen.push(options);
      return {
        send: async () => ({ ok: true, seq: 0 }),
        requestMinutes: async () => ({ ok: false, error: { code: 'NOT_JOINED', message: '' } }),
        reconnect: () => {},
        close: () => {},
      };
    });
    render(
      <StoreProvider store={store}>
        <MeetingPage meetingId="m1" />
      </StoreProvider>,
    );
    expect(seen.at(-1)).toMatchObject({
      meetingId: 'm1',
      memberToken: 'member-token-0123456789ab',
      facilitatorKey: 'organiser-key',
    });
  });

  /** MeetingPage on a FakeServer running `m`, recording every handshake's options. */
  const openMeetingPage = (m: TestMeeting) => {
    const server = new FakeServer(m, () => 'p1');
    const seen: ConnectOptions[] = [];
    const store = createAppStore((options, sink) => {
      seen.push(options);
      return server.connect(options, sink);
    });
    render(
      <StoreProvider store={store}>
        <MeetingPage meetingId="m1" />
      </StoreProvider>,
    );
    return seen;
  };

  it('looks a meeting opened straight from a link up first, so the first handshake carries the community’s credentials', async () => {
    localStorage.setItem('percolate:community:c1:name', 'Anna');
    localStorage.setItem('percolate:community:c1:token', 'member-token-0123456789ab');
    const { m } = meeting({ participants: 1 });
    const seen = openMeetingPage(ofCommunity(m));
    expect(seen).toHaveLength(0);
    await screen.findByRole('heading', { level: 1, name: 'CoP meeting' });
    expect(fetch).toHaveBeenCalledWith('/api/meetings/m1', expect.anything());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.memberToken).toBe('member-token-0123456789ab');
    expect(localStorage.getItem('percolate:m1:community')).toBe('c1');
    await screen.findByRole('heading', { name: 'When and where' });
    expect(seen).toHaveLength(1);
  });

  it('reconnects once with the community’s credentials when only the meeting’s view tells it is its own', async () => {
    localStorage.setItem('percolate:community:c1:name', 'Anna');
    localStorage.setItem('percolate:community:c1:token', 'member-token-0123456789ab');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    const { m } = meeting({ participants: 1 });
    const seen = openMeetingPage(ofCommunity(m));
    await screen.findByRole('heading', { level: 1, name: 'CoP meeting' });
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]?.memberToken).toBeNull();
    expect(seen[1]?.memberToken).toBe('member-token-0123456789ab');
    expect(localStorage.getItem('percolate:m1:community')).toBe('c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP meeting' });
    expect(seen).toHaveLength(2);
  });

  it('connects at once, without a lookup, in a browser that belongs to no community', () => {
    const { m } = meeting({ participants: 1 });
    const seen = openMeetingPage(m);
    // Synchronously, in the render: nothing was waited for.
    expect(seen).toHaveLength(1);
    expect(seen[0]?.memberToken).toBeNull();
  });

  it('prefills the join form with the name the member goes by in the community', async () => {
    localStorage.setItem('percolate:m1:community', 'c1');
    localStorage.setItem('percolate:community:c1:name', 'Anna');
    const { m } = meeting({ participants: 1 });
    renderWithMeeting(<App />, ofCommunity(m), { as: 'newcomer', connect: false });
    expect(await screen.findByLabelText('Your name')).toHaveValue('Anna');
  });

  it('lets people place dots while topics are collected when the meeting votes ahead', async () => {
    const { m } = meeting({
      participants: 1,
      phase: 'propose',
      topics: ['Budget'],
      settings: { preVoting: true, dotsPerPerson: 3 },
    });
    const { user } = renderWithMeeting(<App />, m, { as: 'p1', connect: false });
    await user.click(await screen.findByRole('button', { name: 'Add a dot to ‘Budget’' }));
    expect(await screen.findByText('2 of 3 dots left')).toBeVisible();
    expect(participantDots(m.state.dots, m.id('p1'))).toEqual({
      [Object.keys(m.state.topics)[0] as string]: 1,
    });
  });

  it('offers the dots during the check-in too, beside the round', async () => {
    const { m } = meeting({
      participants: 1,
      phase: 'checkin',
      topics: ['Budget'],
      settings: { preVoting: true },
    });
    renderWithMeeting(<App />, m, { as: 'p1', connect: false });
    expect(await screen.findByRole('heading', { name: 'Your dots so far' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add a dot to ‘Budget’' })).toBeVisible();
  });

  it('shows no dots before the vote when the meeting does not vote ahead', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose', topics: ['Budget'] });
    renderWithMeeting(<App />, m, { as: 'p1', connect: false });
    await screen.findByRole('heading', { level: 4, name: 'Budget' });
    expect(screen.queryByRole('button', { name: 'Add a dot to ‘Budget’' })).toBeNull();
  });

  it('marks a topic from the backlog with where it came from', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    const origin: TopicOrigin = {
      backlogTopicId: 'b1',
      proposedAt: Date.UTC(2026, 10, 3, 12),
      proposedByName: 'Anna',
      history: [{ meetingId: 'm0', meetingTitle: 'CoP #0', dots: 4 }],
    };
    m.system({
      type: 'topics:import',
      topics: [{ title: 'Onboarding', description: '', origin }],
    });
    renderWithMeeting(<App />, ofCommunity(m), { as: 'p1', connect: false });
    const card = (await screen.findByRole('heading', { level: 4, name: 'Onboarding' })).closest(
      'li',
    ) as HTMLElement;
    const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' }).format(
      origin.proposedAt,
    );
    expect(within(card).getByText('from the backlog')).toBeVisible();
    expect(within(card).getByText(`proposed ${day} by Anna · 4 dots in CoP #0`)).toBeVisible();
  });

  it('lets note writers mark earlier actions done or carried on; others only see them', async () => {
    const { m } = meeting({ participants: 1 });
    m.system({ type: 'actions:import', actions: [action('a1', 'Write the FAQ')] });
    const facilitator = renderWithMeeting(<App />, ofCommunity(m), {
      as: 'facilitator',
      connect: false,
    });
    const panel = within(
      (await screen.findByRole('heading', { name: 'Open actions from earlier meetings' })).closest(
        'section',
      ) as HTMLElement,
    );
    expect(panel.getByText('1 not reviewed yet')).toBeVisible();
    await facilitator.user.click(panel.getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(panel.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(m.state.reviewActions.a1?.status).toBe('done');
    expect(await violations()).toEqual([]);
    facilitator.unmount();

    renderWithMeeting(<App />, m, { as: 'p1', connect: false });
    await screen.findByRole('heading', { name: 'Open actions from earlier meetings' });
    expect(screen.getByText('Write the FAQ')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });
});

describe('the minutes of a community’s meeting', () => {
  it('open for a member with the member token, without joining the meeting', async () => {
    localStorage.setItem('percolate:m1:community', 'c1');
    localStorage.setItem('percolate:community:c1:name', 'Anna');
    localStorage.setItem('percolate:community:c1:token', 'member-token-0123456789ab');
    const { m } = meeting({ participants: 1 });
    m.goTo('ended');
    const fetchMock = vi.fn(async () => json(minutes(m.events)));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/m/m1/minutes');
    renderWithMeeting(<App />, m, { as: 'absentee', connect: false });
    expect(
      await screen.findByText('You are reading these minutes as part of the community.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the community' })).toHaveAttribute(
      'href',
      '/c/c1',
    );
    const [url, init] = (fetchMock.mock.calls[0] ?? []) as unknown as [string, RequestInit];
    expect(url).toBe('/api/meetings/m1/minutes');
    expect((init.headers as Record<string, string>)['x-member-token']).toBe(
      'member-token-0123456789ab',
    );
  });
});

describe('the meeting settings', () => {
  it('offer voting before the meeting', async () => {
    const fetchMock = vi.fn(async () =>
      json({
        id: 'm42',
        joinCode: 'K7QX2M',
        joinUrl: '',
        facilitatorUrl: 'http://localhost/m/m42#key=k',
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = renderAppAt('/');
    await user.type(screen.getByLabelText('Meeting title'), 'CoP Q3');
    await user.type(screen.getAllByLabelText('Your name')[0] as HTMLElement, 'Fran');
    await user.click(screen.getByText('More settings'));
    await user.click(screen.getByLabelText('Allow voting before the meeting'));
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(String(init.body)).settings.preVoting).toBe(true);
  });
});
