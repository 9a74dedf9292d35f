import type { Phase } from '@percolate/shared';
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

/**
 * Structural accessibility (landmarks, names, headings, ARIA) on every screen. jsdom cannot
 * lay out or paint, so colour contrast is left to the end-to-end run in Chromium.
 */
const violations = async (): Promise<string[]> => {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
};

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1');
});

const phases: Phase[] = ['lobby', 'checkin', 'propose', 'vote', 'discuss', 'wrapup'];

describe('accessibility', () => {
  it.each(phases)(
    'the %s screen has no axe violations, for the facilitator and a participant',
    async (phase) => {
      for (const as of ['facilitator', 'p1']) {
        const { m, topicIds } = meeting({ participants: 2, phase, topics: ['Budget', 'Hiring'] });
        if (phase === 'discuss') {
          m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
          m.ok('facilitator', { type: 'timer:stop' });
        }
        const { unmount } = renderWithMeeting(<App />, m, { as, connect: false });
        await screen.findByRole('heading', { level: 1, name: 'CoP meeting' });
        expect(await violations(), `${phase} as ${as}`).toEqual([]);
        unmount();
      }
    },
  );

  it.each(['/', '/join', '/nowhere'])('the page %s has no axe violations', async (path) => {
    window.history.replaceState(null, '', path);
    const m = meeting().m;
    renderWithMeeting(<App />, m, { as: 'p1', connect: false });
    await screen.findByRole('heading', { level: 1 });
    expect(await violations()).toEqual([]);
  });

  it('the join form and the board view have no axe violations', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose', topics: ['Budget'] });
    const first = renderWithMeeting(<App />, m, { as: 'newcomer', connect: false });
    await screen.findByLabelText('Your name');
    expect(await violations()).toEqual([]);
    first.unmount();

    window.history.replaceState(null, '', '/m/m1/board');
    renderWithMeeting(<App />, m, { as: 'newcomer', connect: false });
    await screen.findByRole('heading', { level: 1, name: 'CoP meeting' });
    expect(await violations()).toEqual([]);
  });
});
