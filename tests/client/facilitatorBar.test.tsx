import type { Phase } from '@percolate/shared';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { meeting, type TestMeeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const bar = () => screen.getByRole('region', { name: 'Facilitator controls' });

/** jsdom has no layout: the phone is a media query that matches. */
const onAPhone = () => {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
};

afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia');
});

const withTopics = (phase: Phase) =>
  meeting({ participants: 1, phase, topics: ['Budget', 'Onboarding'] }).m;

/** The meeting in `phase` after the facilitator did `command`. */
const afterDoing = (phase: Phase, command: Parameters<TestMeeting['ok']>[1]) => {
  const m = withTopics(phase);
  m.ok('facilitator', command);
  return m;
};

describe('ending the meeting', () => {
  it('is possible from the check-in, after a confirmation that can be cancelled', async () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    const { user } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });

    await user.click(within(bar()).getByRole('button', { name: 'End meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'End the meeting for everyone?' });
    expect(dialog).toHaveTextContent('An ended meeting cannot be reopened.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(m.state.phase).toBe('checkin');

    await user.click(within(bar()).getByRole('button', { name: 'End meeting' }));
    await user.click(screen.getByRole('button', { name: 'End now' }));
    await expect.poll(() => m.state.phase).toBe('ended');
  });

  it.each(['lobby', 'checkin', 'propose', 'vote', 'discuss', 'wrapup'] as const)(
    'is offered to the facilitator in the phase %s',
    (phase) => {
      renderWithMeeting(<FacilitatorBar />, withTopics(phase), { as: 'facilitator' });
      expect(within(bar()).getByRole('button', { name: 'End meeting' })).toBeInTheDocument();
    },
  );

  it('is not offered to a co-facilitator', () => {
    const m = withTopics('discuss').makeRole('p1', 'cofacilitator');
    renderWithMeeting(<FacilitatorBar />, m, { as: 'p1' });
    expect(within(bar()).getByRole('button', { name: 'Start next topic' })).toBeInTheDocument();
    expect(within(bar()).queryByRole('button', { name: 'End meeting' })).not.toBeInTheDocument();
  });
});

describe('the facilitator bar on a phone', () => {
  const primaryIn = (m: TestMeeting) => {
    onAPhone();
    renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
    return within(bar())
      .getAllByRole('button')
      .map((button) => button.textContent)
      .filter((name) => name !== 'Menu');
  };

  it.each([
    ['lobby', () => withTopics('lobby'), 'Next: Check-in'],
    ['check-in', () => withTopics('checkin'), 'Next: Topics'],
    [
      'check-in round',
      () => afterDoing('checkin', { type: 'round:start', round: 'checkin' }),
      'Next speaker',
    ],
    ['topics', () => withTopics('propose'), 'Next: Vote'],
    ['open vote', () => withTopics('vote'), 'Close voting'],
    ['closed vote', () => afterDoing('vote', { type: 'vote:close' }), 'Next: Discuss'],
    ['discussion', () => withTopics('discuss'), 'Start next topic'],
    ['wrap-up', () => withTopics('wrapup'), 'End meeting'],
  ])('shows only the next step in the %s', (_, build, primary) => {
    expect(primaryIn(build())).toEqual([primary]);
  });

  it('puts the rest in a menu that Escape closes, focus back on its button', async () => {
    onAPhone();
    const m = withTopics('vote');
    const { user } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
    const toggle = within(bar()).getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Back to Topics' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Next: Discuss' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Back to Topics' }));
    await expect.poll(() => m.state.phase).toBe('propose');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(await within(bar()).findByRole('button', { name: 'Next: Vote' })).toBeVisible();
  });

  it('keeps the menu open behind the end dialog, and ends the meeting from it', async () => {
    onAPhone();
    const m = withTopics('discuss');
    const { user } = renderWithMeeting(<FacilitatorBar />, m, { as: 'facilitator' });
    await user.click(within(bar()).getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'End the meeting for everyone?' });
    expect(within(bar()).getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.click(within(dialog).getByRole('button', { name: 'End now' }));
    await expect.poll(() => m.state.phase).toBe('ended');
  });
});

describe('the facilitator bar across the phone width', () => {
  it('keeps the open settings dialog and its edits when the screen turns to a phone', async () => {
    let phone = false;
    const listeners = new Set<() => void>();
    window.matchMedia = (query: string) =>
      ({
        get matches() {
          return query.includes('max-width') && phone;
        },
        media: query,
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList;
    const { user } = renderWithMeeting(<FacilitatorBar />, withTopics('discuss'), {
      as: 'facilitator',
    });
    await user.click(within(bar()).getByRole('button', { name: 'Settings' }));
    const minutes = screen.getByLabelText('Minutes per topic');
    await user.clear(minutes);
    await user.type(minutes, '5');

    phone = true;
    act(() => {
      for (const listener of listeners) listener();
    });

    expect(within(bar()).getByRole('button', { name: 'Menu' })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Meeting settings' })).toBeInTheDocument();
    expect(screen.getByLabelText('Minutes per topic')).toHaveValue(5);
  });
});
