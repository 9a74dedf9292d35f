import { remainingMs } from '@percolate/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { meeting, type TestMeeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const MIN = 60_000;
const bar = () => screen.getByRole('region', { name: 'Facilitator controls' });
const left = (m: TestMeeting) => {
  const timer = m.state.discussion?.timer;
  return timer ? remainingMs(timer, m.now) : null;
};

describe('the facilitator’s time controls', () => {
  it('gives the next topic its own timebox, then offers the meeting’s again', async () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget', 'Hiring'] });
    const { user } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
    const minutes = within(bar()).getByLabelText('Minutes for the next topic');
    expect(minutes).toHaveValue(8);
    await user.clear(minutes);
    await user.type(minutes, '5');
    await user.click(within(bar()).getByRole('button', { name: 'Start next topic' }));
    await expect.poll(() => m.state.discussion?.timeboxMs).toBe(5 * MIN);

    await user.click(within(bar()).getByRole('button', { name: 'Close topic' }));
    expect(await within(bar()).findByLabelText('Minutes for the next topic')).toHaveValue(8);
  });

  it('starts the next topic with the chosen timebox from the phone bar too', async () => {
    window.matchMedia = (query: string) =>
      ({
        matches: query.includes('max-width'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList;
    try {
      const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
      const { user, store } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
      store.getState().setNextTimebox(4);
      await user.click(within(bar()).getByRole('button', { name: 'Start next topic' }));
      await expect.poll(() => m.state.discussion?.timeboxMs).toBe(4 * MIN);
      expect(store.getState().nextTimeboxMinutes).toBeNull();
    } finally {
      Reflect.deleteProperty(window, 'matchMedia');
    }
  });

  it('adds one, two or five minutes, sets the time left and restarts the timebox', async () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string, minutes: 10 });
    m.advance(4 * MIN);
    const { user } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });

    await user.click(within(bar()).getByRole('button', { name: '+5 min' }));
    await expect.poll(() => left(m)).toBe(11 * MIN);
    await user.click(within(bar()).getByRole('button', { name: '+2 min' }));
    await expect.poll(() => left(m)).toBe(13 * MIN);

    const opener = within(bar()).getByRole('button', { name: 'Set time…' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Time left for this topic' });
    const field = within(dialog).getByLabelText('Minutes left');
    await user.clear(field);
    await user.type(field, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Set time' }));
    await expect.poll(() => left(m)).toBe(3 * MIN);
    // The dialog closes on the acknowledgement, a moment after the server applied the time.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Restart (10 min)' }));
    await expect.poll(() => left(m)).toBe(10 * MIN);
  });

  it('offers no “set time” once the time is up: more time is an extension then', async () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    m.ok('facilitator', { type: 'timer:stop' });
    renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
    expect(within(bar()).getByRole('button', { name: '+1 min' })).toBeInTheDocument();
    expect(within(bar()).queryByRole('button', { name: 'Set time…' })).not.toBeInTheDocument();
  });
});
