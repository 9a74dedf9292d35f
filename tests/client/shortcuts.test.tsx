import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { TYPING_PAUSE_MS } from '../../client/src/ui/typingPause.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

let now = 1_000_000;

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1');
  // The typing pause reads performance.now(); the test moves that clock by hand.
  now += 10 * TYPING_PAUSE_MS;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const facilitatorInCheckin = () => {
  const { m } = meeting({ participants: 1, phase: 'checkin' });
  return renderWithMeeting(<App />, m, { as: 'facilitator', connect: false });
};

const phaseHeading = (name: string) => screen.getByRole('heading', { level: 2, name });
const confirmation = () => screen.queryByRole('dialog', { name: 'Move everyone on to Topics?' });

// The whole meeting page renders slowly in jsdom on a busy machine.
describe('single-key shortcuts', { timeout: 30_000 }, () => {
  it('n asks before moving everyone on, and the confirmation moves them', async () => {
    const { user } = facilitatorInCheckin();

    await user.keyboard('n');
    expect(confirmation()).toBeInTheDocument();
    expect(phaseHeading('Check-in')).toBeInTheDocument();

    const dialog = confirmation() as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: 'Next: Topics' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Topics' })).toBeInTheDocument();
  });

  it('rest while someone types: in a text field, and after a key that is no shortcut', async () => {
    const { user } = facilitatorInCheckin();

    await user.type(screen.getByLabelText('Your check-in'), 'Termin');
    await user.click(phaseHeading('Check-in'));
    await user.keyboard('n');
    expect(confirmation()).not.toBeInTheDocument();

    now += TYPING_PAUSE_MS;
    await user.keyboard('T');
    await user.keyboard('n');
    expect(confirmation()).not.toBeInTheDocument();

    now += TYPING_PAUSE_MS;
    await user.keyboard('n');
    expect(confirmation()).toBeInTheDocument();
  });

  it('can be turned off in the ? dialog, and this browser remembers it', async () => {
    const { user } = facilitatorInCheckin();

    await user.keyboard('?');
    await user.click(screen.getByRole('checkbox', { name: 'Use single-key shortcuts' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(localStorage.getItem('percolate:pref:shortcuts')).toBe('off');

    await user.keyboard('n');
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    localStorage.removeItem('percolate:pref:shortcuts');
  });
});
