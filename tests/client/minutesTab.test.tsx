/**
 * The minutes tab in the meeting: it grows as the meeting goes on, moderators write the summary
 * there, the facilitator exports and shares, and everyone can copy or print what they see.
 */
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingScreen } from '../../client/src/app/meeting/MeetingScreen.js';
import { DiscussPanel } from '../../client/src/features/discuss/DiscussPanel.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

/** Long enough for the tab's refresh after a change (half a second) on a slow machine. */
const SETTLED = { timeout: 5_000 };
const SLOW_TEST_MS = 15_000;

const discussing = (settings = {}) => {
  const { m, topicIds } = meeting({
    participants: 2,
    phase: 'discuss',
    topics: ['Remote onboarding', 'Job rotation'],
    settings,
  });
  m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
  return { m, topicIds };
};

const openMinutesTab = async (user: ReturnType<typeof renderWithMeeting>['user']) => {
  await user.click(screen.getByRole('tab', { name: 'Minutes' }));
  return screen.findByRole('article');
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the minutes tab', () => {
  it(
    'shows a participant the minutes so far, and a new note a moment after it is written',
    async () => {
      const { m, topicIds } = discussing();
      const { user, server } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });

      const minutes = await openMinutesTab(user);
      expect(
        within(minutes).getByRole('heading', { level: 2, name: 'Minutes: CoP meeting' }),
      ).toBeInTheDocument();
      expect(
        within(minutes).getByRole('heading', { level: 3, name: 'Topics discussed' }),
      ).toBeInTheDocument();
      expect(
        within(minutes).getByRole('heading', { name: '1. Remote onboarding' }),
      ).toBeInTheDocument();
      expect(
        within(minutes).getByText('still under discussion', { exact: false }),
      ).toBeInTheDocument();
      expect(screen.getByText('The minutes grow as the meeting goes on.')).toBeInTheDocument();

      server.act('facilitator', {
        type: 'item:add',
        topicId: topicIds[0] as string,
        kind: 'action',
        text: 'Draft the onboarding checklist',
        owner: 'Person 2',
        due: '2026-03-01',
      });

      // In the topic's action items and in the overview of all of them.
      expect(
        await within(minutes).findAllByText('Draft the onboarding checklist', {}, SETTLED),
      ).toHaveLength(2);
      expect(
        within(minutes).getByRole('heading', { name: 'All action items' }),
      ).toBeInTheDocument();
      expect(within(minutes).getByRole('columnheader', { name: 'Owner' })).toBeInTheDocument();
    },
    SLOW_TEST_MS,
  );

  it('switches between the meeting and its minutes with the arrow keys', async () => {
    const { m } = discussing();
    const { user } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });
    const meetingTab = screen.getByRole('tab', { name: 'Meeting' });
    expect(meetingTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Meeting' })).toBeInTheDocument();

    meetingTab.focus();
    await user.keyboard('{ArrowRight}');

    const minutesTab = screen.getByRole('tab', { name: 'Minutes' });
    expect(minutesTab).toHaveFocus();
    expect(minutesTab).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('tabpanel', { name: 'Minutes' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(meetingTab).toHaveAttribute('aria-selected', 'true');
  });

  it('shows no tallies while the votes are hidden', async () => {
    const { m, topicIds } = meeting({
      participants: 2,
      phase: 'vote',
      topics: ['Remote onboarding'],
      settings: { hiddenVotes: true },
    });
    m.ok('p2', { type: 'vote:cast', topicId: topicIds[0] as string });
    const { user } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });

    const minutes = await openMinutesTab(user);
    const topic = within(minutes).getByText('Remote onboarding').closest('li');
    expect(topic).toHaveTextContent('Remote onboarding (hidden)');
    expect(minutes).not.toHaveTextContent(/1 dot/);
  });

  it(
    'lets the facilitator write the summary right beside the minutes',
    async () => {
      const { m } = discussing();
      const { user } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, {
        as: 'facilitator',
      });
      const minutes = await openMinutesTab(user);

      await user.type(screen.getByLabelText('Summary for the minutes'), 'Onboarding first.');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(m.state.summary).toBe('Onboarding first.');
      expect(
        await within(minutes).findByRole('heading', { name: 'Summary' }, SETTLED),
      ).toBeInTheDocument();
      expect(within(minutes).getByText('Onboarding first.')).toBeInTheDocument();
    },
    SLOW_TEST_MS,
  );

  it('copies the minutes as Markdown in the meeting’s language, and says so', async () => {
    const { m } = discussing({ locale: 'de' });
    const writeText = vi.fn(async (_text: string) => {});
    const { user } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    await openMinutesTab(user);

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));

    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^# Protokoll: CoP meeting\n/);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('prints only the minutes, on the browser’s print (or PDF)', async () => {
    const { m } = discussing();
    let flagWhilePrinting: string | undefined;
    vi.stubGlobal(
      'print',
      vi.fn(() => {
        flagWhilePrinting = document.documentElement.dataset.print;
        window.dispatchEvent(new Event('afterprint'));
      }),
    );
    const { user } = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });
    await openMinutesTab(user);

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));

    expect(window.print).toHaveBeenCalledOnce();
    expect(flagWhilePrinting).toBe('minutes');
    expect(document.documentElement.dataset.print).toBeUndefined();
  });

  it('gives downloads and read-only links only to the key holder, with no axe violations', async () => {
    const { m } = discussing();
    const asParticipant = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, { as: 'p1' });
    await openMinutesTab(asParticipant.user);
    expect(screen.queryByRole('button', { name: 'Download Markdown' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Read-only links' })).not.toBeInTheDocument();
    asParticipant.unmount();

    localStorage.setItem('percolate:m1:key', 'facilitator-key');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ links: [] }), { status: 200 })),
    );
    const asFacilitator = renderWithMeeting(<MeetingScreen meetingId="m1" />, m, {
      as: 'facilitator',
    });
    await openMinutesTab(asFacilitator.user);
    for (const name of [
      'Download Markdown',
      'Download HTML (print-ready)',
      'Download Word (DOCX)',
      'Download action items (CSV)',
      'Download the whole meeting (JSON)',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(await screen.findByText('No read-only links yet.')).toBeInTheDocument();
    const { violations } = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('marking a note as a decision', () => {
  it('turns a note into a decision and back with one press, for the minutes', async () => {
    const { m, topicIds } = discussing();
    m.ok('facilitator', {
      type: 'item:add',
      topicId: topicIds[0] as string,
      kind: 'note',
      text: 'Write a checklist',
    });
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });

    await user.click(screen.getByRole('button', { name: 'Mark as decision' }));

    await waitFor(() => expect(Object.values(m.state.items)[0]?.kind).toBe('decision'));
    await user.click(await screen.findByRole('button', { name: 'Make it a note' }));
    await waitFor(() => expect(Object.values(m.state.items)[0]?.kind).toBe('note'));
  });

  it('offers no such button to someone who may not change notes', () => {
    const { m, topicIds } = discussing();
    m.ok('facilitator', {
      type: 'item:add',
      topicId: topicIds[0] as string,
      kind: 'note',
      text: 'Write a checklist',
    });
    renderWithMeeting(<DiscussPanel />, m, { as: 'p1' });
    expect(screen.queryByRole('button', { name: 'Mark as decision' })).not.toBeInTheDocument();
  });
});
