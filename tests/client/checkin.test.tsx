import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoundPanel } from '../../client/src/features/checkin/RoundPanel.js';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const CheckinScreen = () => (
  <>
    <FacilitatorBar />
    <RoundPanel kind="checkin" />
  </>
);

describe('the check-in', () => {
  it('posts my line with a mood, and everyone sees it', async () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    const { user } = renderWithMeeting(<CheckinScreen />, m, { as: 'p1' });

    await user.type(screen.getByLabelText('Your check-in'), 'Moving to a new team');
    await user.click(screen.getByRole('radio', { name: 'Rainy' }));
    await user.click(screen.getByRole('button', { name: 'Post' }));

    const lines = await screen.findByRole('list');
    expect(within(lines).getByText('Moving to a new team')).toBeInTheDocument();
    expect(within(lines).getByText('Person 1')).toBeInTheDocument();
    expect(within(lines).getByText(/Rainy/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
  });

  it('shows lines of others as they arrive', async () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    const { server } = renderWithMeeting(<CheckinScreen />, m, { as: 'p1' });
    expect(screen.getByText('No lines yet.')).toBeInTheDocument();

    server.act('p2', {
      type: 'round:post',
      round: 'checkin',
      text: 'Holidays soon',
      private: true,
    });

    expect(await screen.findByText('Holidays soon')).toBeInTheDocument();
    expect(screen.getByText('not in the minutes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 line' })).toBeInTheDocument();
  });

  it('gives participants no facilitator controls', () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    renderWithMeeting(<CheckinScreen />, m, { as: 'p1' });
    expect(screen.queryByRole('region', { name: 'Facilitator controls' })).not.toBeInTheDocument();
  });

  it('lets the facilitator run a round with a visible speaking order and a per-person timer', async () => {
    const { m } = meeting({
      participants: 2,
      phase: 'checkin',
      settings: { checkinSecondsPerPerson: 60 },
    });
    const { user } = renderWithMeeting(<CheckinScreen />, m, { as: 'facilitator' });
    const bar = screen.getByRole('region', { name: 'Facilitator controls' });

    await user.click(within(bar).getByRole('button', { name: 'Start round' }));

    const order = await screen.findByRole('heading', { name: 'Speaking order' });
    const speakers = within(order.closest('section') as HTMLElement).getAllByRole('listitem');
    expect(speakers.map((item) => item.textContent)).toEqual([
      'Franspeaking',
      'Person 1',
      'Person 2',
    ]);
    expect(screen.getByRole('timer', { name: 'Time left for Fran' })).toHaveTextContent('1:00');

    await user.click(within(bar).getByRole('button', { name: 'Next speaker' }));
    expect(
      await screen.findByRole('timer', { name: 'Time left for Person 1' }),
    ).toBeInTheDocument();
    expect(speakers[1]).toHaveAttribute('aria-current', 'true');
  });

  it('starts a round that moves on by itself when the facilitator asks for it', async () => {
    const { m } = meeting({
      participants: 2,
      phase: 'checkin',
      settings: { checkinSecondsPerPerson: 60 },
    });
    const { user, server } = renderWithMeeting(<CheckinScreen />, m, { as: 'facilitator' });
    const bar = screen.getByRole('region', { name: 'Facilitator controls' });

    await user.click(
      within(bar).getByRole('checkbox', { name: 'Move on when a person’s time is up' }),
    );
    await user.click(within(bar).getByRole('button', { name: 'Start round' }));

    expect(server.sent.at(-1)).toMatchObject({ type: 'round:start', autoAdvance: true });
    expect(
      await screen.findByText('Moves on to the next speaker by itself when the time is up.'),
    ).toBeInTheDocument();
  });

  it('offers no moving on by itself without a per-person time', () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    renderWithMeeting(<CheckinScreen />, m, { as: 'facilitator' });
    expect(screen.queryByRole('checkbox', { name: /time is up/ })).not.toBeInTheDocument();
  });

  it('lets the facilitator move and shuffle who is still to speak, by keyboard', async () => {
    const { m } = meeting({ participants: 3, phase: 'checkin' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    const { user } = renderWithMeeting(<CheckinScreen />, m, { as: 'facilitator' });
    const section = () =>
      screen.getByRole('heading', { name: 'Speaking order' }).closest('section') as HTMLElement;
    const names = () =>
      within(section())
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent);

    const change = within(section()).getByRole('button', { name: 'Change order' });
    await user.click(change);
    expect(change).toHaveAttribute('aria-pressed', 'true');
    // The current speaker keeps their place: only those still to speak can move.
    expect(within(section()).queryByRole('button', { name: 'Move Fran later' })).toBeNull();

    within(section()).getByRole('button', { name: 'Move Person 3 earlier' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names()).toEqual(['Fran', 'Person 1', 'Person 3', 'Person 2']));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(names()).toEqual(['Fran', 'Person 3', 'Person 1', 'Person 2']));

    await user.click(
      within(section()).getByRole('button', { name: 'Shuffle who is still to speak' }),
    );
    await waitFor(() => expect(names().slice(1)).not.toEqual(['Person 3', 'Person 1', 'Person 2']));
    expect(names()[0]).toBe('Fran');
    expect([...names()].sort()).toEqual(['Fran', 'Person 1', 'Person 2', 'Person 3']);
  });

  it('gives participants the order to read, not to change', () => {
    const { m } = meeting({ participants: 3, phase: 'checkin' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    renderWithMeeting(<CheckinScreen />, m, { as: 'p1' });
    expect(screen.queryByRole('button', { name: 'Change order' })).not.toBeInTheDocument();
    for (const item of screen.getAllByRole('listitem')) {
      expect(item).not.toHaveAttribute('draggable');
    }
  });
});
