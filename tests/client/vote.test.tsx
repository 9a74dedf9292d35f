import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { VotePanel } from '../../client/src/features/vote/VotePanel.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const VoteScreen = () => (
  <>
    <FacilitatorBar />
    <VotePanel />
  </>
);

const row = (title: string) =>
  screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

describe('dot voting', () => {
  it('shows my remaining dots and takes one with the keyboard', async () => {
    const { m } = meeting({ participants: 2, phase: 'vote', topics: ['Budget', 'Onboarding'] });
    const { user } = renderWithMeeting(<VoteScreen />, m, { as: 'p1' });
    expect(screen.getByText('3 of 3 dots left')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Add a dot to ‘Onboarding’' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('2 of 3 dots left')).toBeInTheDocument();
    expect(within(row('Onboarding')).getByText('you: 1 dot')).toBeInTheDocument();
    expect(within(row('Onboarding')).getByText('1 dot')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove a dot from ‘Onboarding’' }));
    expect(await screen.findByText('3 of 3 dots left')).toBeInTheDocument();
  });

  it('explains, beside the topic, why a fourth dot is refused', async () => {
    const { m } = meeting({ participants: 1, phase: 'vote', topics: ['A', 'B'] });
    const { user } = renderWithMeeting(<VoteScreen />, m, { as: 'p1' });
    const add = screen.getByRole('button', { name: 'Add a dot to ‘A’' });

    await user.click(add);
    await user.click(add);
    await user.click(add);
    await screen.findByText('0 of 3 dots left');
    await user.click(screen.getByRole('button', { name: 'Add a dot to ‘B’' }));

    expect(await within(row('B')).findByRole('alert')).toHaveTextContent('You have no dots left.');
  });

  it('with hidden votes shows only my own dots until the facilitator reveals them', async () => {
    const { m } = meeting({
      participants: 2,
      phase: 'vote',
      topics: ['Budget'],
      settings: { hiddenVotes: true },
    });
    const { user, server } = renderWithMeeting(<VoteScreen />, m, { as: 'facilitator' });
    server.act('p2', { type: 'vote:cast', topicId: m.state.queue[0] as string });
    await user.click(screen.getByRole('button', { name: 'Add a dot to ‘Budget’' }));

    await within(row('Budget')).findByText('you: 1 dot');
    expect(screen.getByText(/Votes are hidden/)).toBeInTheDocument();
    expect(within(row('Budget')).queryByText('2 dots')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal votes' }));
    expect(await within(row('Budget')).findByText('2 dots')).toBeInTheDocument();
  });

  it('closes voting and shows the order of discussion, most dots first', async () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['Few', 'Many'] });
    const { user, server } = renderWithMeeting(<VoteScreen />, m, { as: 'facilitator' });
    server.act('p1', { type: 'vote:cast', topicId: topicIds[1] as string });
    server.act('p2', { type: 'vote:cast', topicId: topicIds[1] as string });

    await user.click(screen.getByRole('button', { name: 'Close voting' }));

    await screen.findByText('Voting is closed. This is the order of discussion.');
    const ranking = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(ranking[0]).toContain('Many');
    expect(ranking[1]).toContain('Few');

    await user.click(screen.getByRole('button', { name: 'Move ‘Few’ up' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Few'));
  });
});
