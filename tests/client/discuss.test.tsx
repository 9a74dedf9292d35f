import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscussPanel } from '../../client/src/features/discuss/DiscussPanel.js';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const DiscussScreen = () => (
  <>
    <FacilitatorBar />
    <DiscussPanel />
  </>
);

const column = (name: RegExp | string) =>
  screen.getByRole('heading', { name }).closest('section') as HTMLElement;

const discussing = (topics = ['Budget', 'Onboarding']) => {
  const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics });
  m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
  return { m, topicIds };
};

describe('the discussion board', () => {
  it('shows To discuss · Discussing · Discussed, and the facilitator starts a topic', async () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget', 'Onboarding'] });
    const { user } = renderWithMeeting(<DiscussScreen />, m, { as: 'facilitator' });
    expect(within(column('To discuss (2)')).getAllByRole('listitem')).toHaveLength(2);
    expect(column('Discussing')).toHaveTextContent('No topic is being discussed right now.');
    expect(column('Discussed (0)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start discussing ‘Budget’' }));

    expect(await screen.findByRole('timer', { name: 'Time left for ‘Budget’' })).toHaveTextContent(
      /^(8:00|7:5\d)$/,
    );
    expect(within(column('To discuss (1)')).getByText('Onboarding')).toBeInTheDocument();
  });

  it('counts down from the server’s deadline, whatever the local clock says', () => {
    const { m } = discussing();
    m.advance(3 * 60_000 + 30_000);
    renderWithMeeting(<DiscussPanel />, m, { as: 'p1' });
    expect(screen.getByRole('timer')).toHaveTextContent('4:30');
  });

  it('asks thumbs up, sideways or down when time is up, with a live count and the outcome', async () => {
    const { m } = discussing();
    const { user, server } = renderWithMeeting(<DiscussScreen />, m, { as: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Stop timer' }));

    expect(
      await screen.findByRole('heading', { name: 'More time for this topic?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');

    await user.click(screen.getByRole('button', { name: /^More time\s*\d/ }));
    server.act('p1', { type: 'continue:vote', choice: 'up' });
    server.act('p2', { type: 'continue:vote', choice: 'down' });

    expect(await screen.findByText(/3 votes\./)).toHaveTextContent(
      'The majority wants 4 more minutes.',
    );
    expect(screen.getByRole('button', { name: /^More time\s*\d/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Decide by majority' }));
    // The countdown runs on the real clock from the moment it rendered: a loaded machine may
    // already show a second or two less than the 4-minute extension.
    expect(await screen.findByRole('timer')).toHaveTextContent(/^(4:00|3:5\d)$/);
  });

  it('shares notes, decisions and action items as they are written', async () => {
    const { m } = discussing();
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });

    await user.click(screen.getByRole('radio', { name: 'Decision' }));
    await user.type(screen.getByLabelText('Decision or takeaway'), 'Pilot in two teams');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Pilot in two teams')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Action item' }));
    await user.type(screen.getByLabelText('What needs doing'), 'Draft the checklist');
    await user.type(screen.getByLabelText('Owner'), 'Kim');
    await user.type(screen.getByLabelText('Due date'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    const action = (await screen.findByText('Draft the checklist')).closest('li') as HTMLElement;
    expect(action).toHaveTextContent('Owner: Kim · due Mar 1, 2025');
  });

  it('shows participants the notes live but no form when notes are not open', async () => {
    const { m } = discussing();
    const { server } = renderWithMeeting(<DiscussPanel />, m, { as: 'p1' });
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();

    server.act('facilitator', {
      type: 'item:add',
      topicId: m.state.discussion?.topicId as string,
      kind: 'note',
      text: 'Budget is tight this year',
    });

    expect(await screen.findByText('Budget is tight this year')).toBeInTheDocument();
  });

  it('moves a closed topic to Discussed, with its notes kept', async () => {
    const { m, topicIds } = discussing();
    m.ok('facilitator', {
      type: 'item:add',
      topicId: topicIds[0] as string,
      kind: 'note',
      text: 'Kept',
    });
    const { user } = renderWithMeeting(<DiscussScreen />, m, { as: 'facilitator' });

    await user.click(screen.getByRole('button', { name: 'Close topic' }));

    const done = await screen.findByRole('heading', { name: 'Discussed (1)' });
    const section = done.closest('section') as HTMLElement;
    await user.click(within(section).getByText('Budget'));
    expect(within(section).getByText('Kept')).toBeVisible();
  });
});
