import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TopicsPanel } from '../../client/src/features/topics/TopicsPanel.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const topicCard = (title: string) =>
  screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

describe('proposing topics', () => {
  it('adds my topic to the list and clears the form', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    const { user } = renderWithMeeting(<TopicsPanel />, m, { as: 'p1' });

    await user.type(screen.getByLabelText('Topic'), 'Onboarding remote staff');
    await user.type(screen.getByLabelText('Description (optional)'), 'What worked for you?');
    await user.click(screen.getByRole('button', { name: 'Add topic' }));

    expect(
      await screen.findByRole('heading', { name: 'Onboarding remote staff' }),
    ).toBeInTheDocument();
    expect(screen.getByText('What worked for you?')).toBeInTheDocument();
    expect(
      within(topicCard('Onboarding remote staff')).getByText('your topic'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Topic')).toHaveValue('');
    expect(screen.getByRole('heading', { name: '1 topic' })).toBeInTheDocument();
  });

  it('lets an author edit their own topic but not somebody else’s', async () => {
    const { m } = meeting({ participants: 2, phase: 'propose', topics: ['Mine', 'Theirs'] });
    const { user } = renderWithMeeting(<TopicsPanel />, m, { as: 'p1' });

    expect(
      within(topicCard('Theirs')).queryByRole('button', { name: /Edit/ }),
    ).not.toBeInTheDocument();
    expect(within(topicCard('Theirs')).getByText('by Person 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit ‘Mine’' }));
    const title = screen.getByDisplayValue('Mine');
    await user.clear(title);
    await user.type(title, 'Mine, sharpened');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Mine, sharpened' })).toBeInTheDocument();
  });

  it('deletes a topic only after a second press', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose', topics: ['Obsolete'] });
    const { user } = renderWithMeeting(<TopicsPanel />, m, { as: 'p1' });

    await user.click(within(topicCard('Obsolete')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('heading', { name: 'Obsolete' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete ‘Obsolete’?' }));

    expect(await screen.findByText('No topics yet.')).toBeInTheDocument();
  });

  it('lets the facilitator merge a duplicate into another topic, after asking', async () => {
    const { m } = meeting({
      participants: 2,
      phase: 'propose',
      topics: ['Hybrid meetings', 'Hybrid meeting tips'],
    });
    const { user, server } = renderWithMeeting(<TopicsPanel />, m, { as: 'facilitator' });
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);

    await user.click(
      screen.getByRole('button', { name: 'Merge ‘Hybrid meeting tips’ into another topic' }),
    );
    await user.selectOptions(
      screen.getByLabelText('Merge ‘Hybrid meeting tips’ into'),
      'Hybrid meetings',
    );
    await user.click(
      within(topicCard('Hybrid meeting tips')).getByRole('button', { name: 'Merge' }),
    );
    expect(screen.getByRole('heading', { name: 'Hybrid meeting tips' })).toBeInTheDocument();
    expect(server.sent.filter((command) => command.type === 'topic:merge')).toHaveLength(0);
    await user.click(
      screen.getByRole('button', {
        name: 'Merge ‘Hybrid meeting tips’ into ‘Hybrid meetings’? Its dots move along.',
      }),
    );

    await screen.findByRole('heading', { name: '1 topic' });
    expect(screen.queryByRole('heading', { name: 'Hybrid meeting tips' })).not.toBeInTheDocument();
    expect(server.sent.at(-1)).toMatchObject({ type: 'topic:merge' });
  });

  it('shows a refused proposal as a translated message beside the form', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    m.ok('facilitator', { type: 'meeting:end' });
    const { user } = renderWithMeeting(<TopicsPanel />, m, { as: 'p1' });

    await user.type(screen.getByLabelText('Topic'), 'Too late');
    await user.click(screen.getByRole('button', { name: 'Add topic' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The meeting has ended.');
  });
});
