/**
 * The community page, /c/:id, over REST only: the API is faked at `fetch` (the server is outside
 * the client unit); every test goes through the App's router like a visitor.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMUNITY_POLL_MS } from '../../client/src/features/community/useCommunity.js';
import { violations } from './support/axe.js';
import {
  backlogTopic,
  communityView,
  json,
  NO_DELIVERIES,
  openAction,
  scheduled,
  stubCommunityApi,
} from './support/community.js';
import { renderAppAt } from './support/renderApp.js';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the community page', () => {
  it('shows the community with its members and whose turn it is, asking as this browser’s member', async () => {
    const { fetchMock } = stubCommunityApi(communityView());
    renderAppAt('/c/c1');
    expect(await screen.findByRole('heading', { level: 1, name: 'CoP Testing' })).toBeVisible();
    expect(screen.getByText('We test things.')).toBeVisible();
    expect(screen.getByText('Next facilitator: Ben')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '2 members' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Join this community' })).toBeNull();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/communities/c1');
    const headers = init?.headers as Record<string, string>;
    expect(headers['x-member-token']).toBe(localStorage.getItem('percolate:community:c1:token'));
    expect(headers['x-member-token']?.length).toBeGreaterThanOrEqual(21);
    expect(headers.authorization).toBeUndefined();
    expect(await violations()).toEqual([]);
  });

  it('asks again every half minute while the page is visible, so others’ changes show up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { fetchMock } = stubCommunityApi(communityView());
      renderAppAt('/c/c1');
      await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
      const gets = () => fetchMock.mock.calls.filter(([, init]) => !init?.method).length;
      const before = gets();
      await vi.advanceTimersByTimeAsync(COMMUNITY_POLL_MS);
      expect(gets()).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the organiser key of the link, takes it out of the address and sends it as Bearer', async () => {
    const { fetchMock } = stubCommunityApi(communityView({ isOrganiser: true }));
    renderAppAt('/c/c1#key=organiser-secret');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('percolate:community:c1:key')).toBe('organiser-secret');
    const headers = fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer organiser-secret');
    expect(screen.getByRole('button', { name: 'Copy organiser link' })).toBeVisible();
  });

  it('lets a visitor join with a display name', async () => {
    const { sent } = stubCommunityApi(communityView({ me: null }), {
      apply: (view) => ({
        ...view,
        me: 'cleo',
        members: [...view.members, { id: 'cleo', name: 'Cleo', joinedAt: 0 }],
      }),
    });
    const user = renderAppAt('/c/c1');
    const form = await screen.findByRole('form', { name: 'Join this community' });
    await user.type(within(form).getByLabelText('Your name'), 'Cleo');
    await user.click(within(form).getByRole('button', { name: 'Join the community' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Join this community' })).toBeNull(),
    );
    expect(sent[0]?.command).toEqual({ type: 'member:join', name: 'Cleo' });
    expect(sent[0]?.commandId).toMatch(/^[\w-]{10,}$/);
    expect(screen.getByText('(you)')).toBeVisible();
    expect(localStorage.getItem('percolate:community:c1:name')).toBe('Cleo');
  });

  it('schedules a meeting at the chosen local time, with the rotation’s suggestion as facilitator', async () => {
    const { sent } = stubCommunityApi(communityView({ isOrganiser: true }));
    const user = renderAppAt('/c/c1');
    await user.click(await screen.findByText('Schedule a meeting'));
    await user.type(screen.getByLabelText('Meeting title'), 'CoP #2');
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2030-12-03');
    const time = screen.getByLabelText('Start time');
    await user.clear(time);
    await user.type(time, '18:30');
    await user.type(
      screen.getByLabelText('Video call link (optional)'),
      'https://meet.example/cop',
    );
    expect(screen.getByLabelText('Facilitator')).toHaveValue('ben');
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const command = sent[0]?.command as Record<string, unknown>;
    expect(command).toMatchObject({
      type: 'meeting:schedule',
      title: 'CoP #2',
      durationMinutes: 120,
      videoUrl: 'https://meet.example/cop',
      facilitatorId: 'ben',
    });
    expect(command.meetingId).toBeUndefined();
    expect(Date.parse(String(command.startsAt))).toBe(new Date(2030, 11, 3, 18, 30).getTime());
    expect(String(command.startsAt)).toMatch(/^2030-12-03T18:30:00[+-]\d{2}:\d{2}$/);
    expect(
      await screen.findByText('‘CoP #2’ is scheduled. Topics can be added now.'),
    ).toHaveAttribute('role', 'status');
  });

  it('lists the next meetings with their time in the chosen language, video link, .ics and a way in', async () => {
    stubCommunityApi(
      communityView({
        upcomingMeetings: [scheduled({ videoUrl: 'https://meet.example/cop' })],
      }),
    );
    const user = renderAppAt('/c/c1');
    const item = (await screen.findByRole('heading', { level: 3, name: 'CoP #1' })).closest('li');
    const meeting = within(item as HTMLElement);
    const when = new Date('2030-12-03T16:00:00+01:00');
    expect(
      meeting.getByText(
        new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(when),
      ),
    ).toBeVisible();
    expect(meeting.getByRole('link', { name: 'Video call' })).toHaveAttribute(
      'href',
      'https://meet.example/cop',
    );
    expect(meeting.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/api/meetings/m1/calendar.ics',
    );
    expect(localStorage.getItem('percolate:m1:community')).toBe('c1');
    await user.click(screen.getByRole('button', { name: /DE/ }));
    expect(
      await screen.findByText(
        new Intl.DateTimeFormat('de', { dateStyle: 'full', timeStyle: 'short' }).format(when),
      ),
    ).toBeVisible();
  });

  it('pulls the selected backlog topics into the chosen meeting, or all of them', async () => {
    const topics = [
      backlogTopic('t1', 'Onboarding'),
      backlogTopic('t2', 'Pairing'),
      backlogTopic('t3', 'Budget'),
    ];
    const { sent } = stubCommunityApi(
      communityView({ isOrganiser: true, backlog: topics, upcomingMeetings: [scheduled()] }),
      {
        apply: (view, command) => ({
          ...view,
          backlog: view.backlog.filter(
            (topic) => !(command.topicIds as string[]).includes(topic.id),
          ),
        }),
      },
    );
    const user = renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 3, name: 'Onboarding' });
    const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' }).format(
      Date.UTC(2026, 10, 3, 12),
    );
    expect(screen.getAllByText(`proposed ${day} by Anna · 4 dots in CoP #0`)).toHaveLength(3);

    await user.click(screen.getByLabelText('Select all'));
    expect(screen.getByRole('button', { name: 'Pull 3 topics into ‘CoP #1’' })).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Pairing' }));
    await user.click(screen.getByRole('button', { name: 'Pull 2 topics into ‘CoP #1’' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Onboarding' })).toBeNull());
    expect(sent[0]?.command).toEqual({
      type: 'backlog:pull',
      meetingId: 'm1',
      topicIds: ['t1', 't3'],
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Pairing' })).toBeVisible();
    expect(screen.getByText('2 topics are now on ‘CoP #1’.')).toHaveAttribute('role', 'status');
  });

  it('offers pulling only to organisers and the meeting’s scheduled facilitator', async () => {
    stubCommunityApi(
      communityView({
        backlog: [backlogTopic('t1', 'Onboarding')],
        upcomingMeetings: [scheduled({ facilitatorId: 'ben' })],
      }),
    );
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 3, name: 'Onboarding' });
    expect(screen.queryByLabelText('Select all')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Onboarding' })).toBeNull();
  });

  it('searches the backlog and minutes and says how many results it found', async () => {
    stubCommunityApi(communityView(), {
      other: (url) =>
        url.includes('/search?')
          ? json({
              hits: [
                { kind: 'backlog', topicId: 't1', title: 'Onboarding', snippet: '…new people…' },
                {
                  kind: 'minutes',
                  meetingId: 'm0',
                  meetingTitle: 'CoP #0',
                  startsAt: '2026-11-03T16:00:00+01:00',
                  snippet: '…onboarding buddies…',
                },
              ],
            })
          : undefined,
    });
    const user = renderAppAt('/c/c1');
    await user.type(await screen.findByLabelText('Search the backlog and minutes'), 'onboarding');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('2 results for ‘onboarding’')).toBeVisible();
    expect(screen.getByRole('link', { name: 'CoP #0' })).toHaveAttribute('href', '/m/m0/minutes');
    expect(vi.mocked(fetch).mock.calls.at(-1)?.[0]).toBe('/api/communities/c1/search?q=onboarding');
  });

  it('shows a refusal translated, beside the control that sent it', async () => {
    stubCommunityApi(communityView({ openActions: [openAction()] }), {
      answer: () => json({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }, 403),
    });
    const user = renderAppAt('/c/c1');
    await user.click(await screen.findByRole('button', { name: 'Mark ‘Write the FAQ’ as done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });

  it('retries a command the server did not receive, with the same command id', async () => {
    let failures = 1;
    const { sent } = stubCommunityApi(communityView({ openActions: [openAction()] }), {
      answer: () => {
        if (failures-- > 0) throw new TypeError('network down');
        return json({ ok: true, seq: 2 });
      },
      apply: (view) => ({ ...view, openActions: [] }),
    });
    const user = renderAppAt('/c/c1');
    await user.click(await screen.findByRole('button', { name: 'Mark ‘Write the FAQ’ as done' }));
    expect(await screen.findByText('No open actions.')).toBeVisible();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.commandId).toBe(sent[0]?.commandId);
  });

  it('says so when the community does not exist', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'COMMUNITY_NOT_FOUND', message: 'no' } }, 404)),
    );
    renderAppAt('/c/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Community not found' }),
    ).toBeVisible();
  });

  it('can be worked with the keyboard alone', async () => {
    const { sent } = stubCommunityApi(
      communityView({
        isOrganiser: true,
        backlog: [backlogTopic('t1', 'Onboarding')],
        upcomingMeetings: [scheduled()],
      }),
    );
    const user = renderAppAt('/c/c1');
    const selectAll = await screen.findByLabelText('Select all');
    while (document.activeElement !== selectAll) await user.tab();
    await user.keyboard(' ');
    expect(selectAll).toBeChecked();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Pull 1 topic into ‘CoP #1’');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent).toHaveLength(1));
  });

  it('has no axe violations with everything on it, for an organiser', async () => {
    stubCommunityApi(
      communityView({
        isOrganiser: true,
        backlog: [backlogTopic('t1', 'Onboarding')],
        upcomingMeetings: [scheduled()],
        pastMeetings: [
          scheduled({
            meetingId: 'm0',
            title: 'CoP #0',
            startsAt: '2026-11-03T16:00:00+01:00',
            outcome: {
              endedAt: Date.UTC(2026, 10, 3, 17),
              discussed: [{ title: 'Retros', backlogTopicId: null }],
              carriedOver: 1,
            },
          }),
          scheduled({ meetingId: 'mx', title: 'CoP #-1', deleted: true }),
        ],
        openActions: [openAction()],
      }),
    );
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    expect(screen.getByRole('link', { name: 'Read minutes' })).toHaveAttribute(
      'href',
      '/m/m0/minutes',
    );
    expect(screen.getByText('This meeting and its minutes were deleted.')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

describe('starting a community from the start page', () => {
  it('creates it and opens it as organiser, the one-off meeting still first', async () => {
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
      url === '/api/communities'
        ? json(
            {
              id: 'c9',
              inviteCode: 'ABCDEF',
              inviteUrl: 'http://localhost/c/c9',
              organiserUrl: 'http://localhost/c/c9#key=org-key',
            },
            201,
          )
        : url.endsWith('/delivery')
          ? json(NO_DELIVERIES)
          : json(communityView({ id: 'c9', isOrganiser: true })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = renderAppAt('/');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Start a meeting')).toBeLessThan(headings.indexOf('Start a community'));
    await user.type(screen.getByLabelText('Name of the community'), 'CoP Testing');
    await user.click(screen.getByRole('button', { name: 'Create community' }));
    await screen.findByRole('heading', { level: 1, name: 'CoP Testing' });
    // Its meetings' minutes start in the creator's language and time zone.
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      name: 'CoP Testing',
      description: '',
      meetingDefaults: { locale: 'en', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
    expect(window.location.pathname).toBe('/c/c9');
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('percolate:community:c9:key')).toBe('org-key');
  });
});
