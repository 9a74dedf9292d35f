import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WrapupPanel } from '../../client/src/app/meeting/WrapupPanel.js';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const WrapupScreen = () => (
  <>
    <FacilitatorBar />
    <WrapupPanel />
  </>
);

describe('the wrap-up', () => {
  it('collects one closing line from each person, without moods', async () => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    const { user } = renderWithMeeting(<WrapupScreen />, m, { as: 'p1' });
    expect(screen.queryByRole('group', { name: /mood/i })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Your closing line'), 'Energised, thanks all');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    const lines = await screen.findByRole('heading', { name: '1 line' });
    expect(lines.closest('section')).toHaveTextContent('Energised, thanks all');
  });

  it('lets the facilitator write the summary that everyone reads', async () => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    const { user } = renderWithMeeting(<WrapupScreen />, m, { as: 'facilitator' });
    const summary = screen.getByRole('region', { name: 'Summary' });

    await user.type(
      within(summary).getByLabelText('Summary for the minutes'),
      'Two pilots agreed.',
    );
    await user.click(within(summary).getByRole('button', { name: 'Save' }));

    expect(await within(summary).findByRole('button', { name: 'Save' })).toBeDisabled();
    expect(m.state.summary).toBe('Two pilots agreed.');
  });

  it('offers the facilitator a closing round and the way back to one more topic', () => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    renderWithMeeting(<WrapupScreen />, m, { as: 'facilitator' });
    const bar = screen.getByRole('region', { name: 'Facilitator controls' });
    expect(within(bar).getByRole('button', { name: 'Start round' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Back to Discuss' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'End meeting' })).toBeInTheDocument();
  });

  it('does not let a co-facilitator end the meeting', () => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    m.makeRole('p1', 'cofacilitator');
    renderWithMeeting(<WrapupScreen />, m, { as: 'p1' });
    const bar = screen.getByRole('region', { name: 'Facilitator controls' });
    expect(within(bar).queryByRole('button', { name: 'End meeting' })).not.toBeInTheDocument();
  });
});
