/**
 * The community page's links to minutes, the pull and schedule controls, and who sees which
 * control (the shared permission rules): the API is faked at `fetch`, as in community.test.tsx.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backlogTopic,
  communityView,
  openAction,
  scheduled,
  stubCommunityApi,
} from './support/community.js';
import { renderAppAt } from './support/renderApp.js';

const concluded = (overrides: Parameters<typeof scheduled>[0] = {}) =>
  scheduled({
    meetingId: 'm0',
    title: 'CoP #0',
    startsAt: '2026-11-03T16:00:00+01:00',
    outcome: {
      endedAt: Date.UTC(2026, 10, 3, 17),
      discussed: [
        { title: 'Retros', backlogTopicId: null },
        { title: 'Pairing', backlogTopicId: 't9' },
      ],
      carriedOver: 1,
    },
    ...overrides,
  });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('links to the minutes on the community page', () => {
  it('links each discussed topic of the archive to the minutes it was discussed in', async () => {
    stubCommunityApi(communityView({ pastMeetings: [concluded()] }));
    const user = renderAppAt('/c/c1');
    const link = await screen.findByRole('link', { name: '‘Retros’ in the minutes of CoP #0' });
    expect(link).toHaveTextContent('Retros');
    expect(link).toHaveAttribute('href', '/m/m0/minutes');
    expect(
      screen.getByRole('link', { name: '‘Pairing’ in the minutes of CoP #0' }),
    ).toHaveAttribute('href', '/m/m0/minutes');
    await user.click(screen.getByRole('button', { name: /DE/ }));
    expect(
      await screen.findByRole('link', { name: '‚Retros‘ im Protokoll von CoP #0' }),
    ).toBeVisible();
  });

  it('links a meeting in a backlog topic’s history to its minutes once it ended, and not when deleted', async () => {
    const topic = backlogTopic('t1', 'Onboarding', {
      history: [
        { meetingId: 'm0', meetingTitle: 'CoP #0', dots: 4 },
        { meetingId: 'mx', meetingTitle: 'CoP #X', dots: null },
        { meetingId: 'm1', meetingTitle: 'CoP #1', dots: 2, tableName: '3' },
      ],
    });
    stubCommunityApi(
      communityView({
        backlog: [topic],
        upcomingMeetings: [scheduled()],
        pastMeetings: [concluded(), concluded({ meetingId: 'mx', title: 'CoP #X', deleted: true })],
      }),
    );
    renderAppAt('/c/c1');
    const row = within(
      (await screen.findByRole('heading', { level: 3, name: 'Onboarding' })).closest(
        'li',
      ) as HTMLElement,
    );
    const link = row.getByRole('link', { name: 'Minutes of CoP #0' });
    expect(link).toHaveTextContent('CoP #0');
    expect(link).toHaveAttribute('href', '/m/m0/minutes');
    expect(link.parentElement).toHaveTextContent(
      /4 dots in CoP #0 · on CoP #X · 2 dots in CoP #1 \(Table 3\)$/,
    );
    expect(row.getAllByRole('link')).toHaveLength(1);
  });
});

describe('pulling and scheduling', () => {
  it('says why “Pull” does nothing while no topic is selected', async () => {
    const { sent } = stubCommunityApi(
      communityView({
        isOrganiser: true,
        backlog: [backlogTopic('t1', 'Onboarding')],
        upcomingMeetings: [scheduled()],
      }),
    );
    const user = renderAppAt('/c/c1');
    const pull = await screen.findByRole('button', { name: 'Pull 0 topics into ‘CoP #1’' });
    expect(pull).toHaveAttribute('aria-disabled', 'true');
    expect(pull).toHaveAccessibleDescription('Select the topics to pull first.');
    await user.click(pull);
    expect(sent).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Onboarding' }));
    expect(screen.queryByText('Select the topics to pull first.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Pull 1 topic into ‘CoP #1’' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  });

  it('schedules without a facilitator when the organiser chooses nobody over the suggestion', async () => {
    const { sent } = stubCommunityApi(communityView({ isOrganiser: true }));
    const user = renderAppAt('/c/c1');
    await user.click(await screen.findByText('Schedule a meeting'));
    await user.type(screen.getByLabelText('Meeting title'), 'CoP #2');
    const facilitator = screen.getByLabelText('Facilitator');
    expect(facilitator).toHaveValue('ben');
    await user.selectOptions(facilitator, 'Not decided');
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.command).toMatchObject({ type: 'meeting:schedule', facilitatorId: null });
  });
});

describe('who sees which control', () => {
  it('lets a member pull into the meeting they facilitate and remove only their own topics', async () => {
    stubCommunityApi(
      communityView({
        backlog: [
          backlogTopic('t1', 'Mine', { proposedBy: 'anna' }),
          backlogTopic('t2', 'Bens', { proposedBy: 'ben' }),
        ],
        upcomingMeetings: [scheduled({ facilitatorId: 'anna' })],
      }),
    );
    renderAppAt('/c/c1');
    const row = (title: string) =>
      within(screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement);
    await screen.findByRole('heading', { level: 3, name: 'Mine' });
    expect(screen.getByLabelText('Select all')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add to backlog' })).toBeVisible();
    expect(row('Mine').getByRole('button', { name: 'Delete' })).toBeVisible();
    expect(row('Bens').queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('gives a visitor who has not joined no pulling, removing, marking done, adding or searching', async () => {
    stubCommunityApi(
      communityView({
        me: null,
        backlog: [backlogTopic('t1', 'Onboarding', { proposedBy: 'anna' })],
        upcomingMeetings: [scheduled({ facilitatorId: 'anna' })],
        openActions: [openAction()],
      }),
    );
    renderAppAt('/c/c1');
    await screen.findByRole('heading', { level: 3, name: 'Onboarding' });
    expect(screen.getByText('Write the FAQ')).toBeVisible();
    expect(screen.queryByRole('button', { name: /as done/ })).toBeNull();
    expect(screen.queryByLabelText('Select all')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByLabelText('Search the backlog and minutes')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to backlog' })).toBeNull();
  });
});
