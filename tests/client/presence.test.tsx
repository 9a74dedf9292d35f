import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { meeting } from '../helpers/builders.js';
import { violations } from './support/axe.js';
import { renderWithMeeting } from './support/render.js';

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1');
});

/** A room of 50: the facilitator and 49 others, of whom one left again. */
const bigRoom = () => {
  const { m } = meeting({ participants: 49 });
  m.ok('p49', { type: 'participant:leave' });
  return m;
};

// Fifty people render slowly in jsdom on a busy machine: these tests get more time.
describe('who is here, in a room of 50', () => {
  it('gives the facilitator one action button per person, not a role menu and a hand-over each', async () => {
    const { user } = renderWithMeeting(<App />, bigRoom(), { as: 'facilitator', connect: false });
    const presence = screen.getByRole('region', { name: 'Who is here' });

    expect(within(presence).queryAllByRole('combobox')).toHaveLength(0);
    expect(within(presence).queryAllByRole('button', { name: 'Hand over' })).toHaveLength(0);
    const actions = within(presence).getAllByRole('button', {
      name: /^Role and facilitation for /,
    });
    expect(actions).toHaveLength(48);

    await user.click(
      within(presence).getByRole('button', { name: 'Role and facilitation for Person 7' }),
    );
    await user.selectOptions(within(presence).getByLabelText('Role of Person 7'), 'Scribe');
    const row = within(presence).getByText('Person 7').closest('li');
    expect(row).not.toBeNull();
    expect(
      await within(row as HTMLElement).findByText('Scribe', { selector: '.badge' }),
    ).toBeInTheDocument();
    expect(within(presence).getByRole('button', { name: 'Hand over' })).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    await user.click(
      within(presence).getByRole('button', { name: 'Role and facilitation for Person 8' }),
    );
    expect(within(presence).queryByLabelText('Role of Person 7')).not.toBeInTheDocument();
    expect(within(presence).getByLabelText('Role of Person 8')).toBeInTheDocument();
  }, 30_000);

  it('finds people by name and folds away those who left', async () => {
    const { user } = renderWithMeeting(<App />, bigRoom(), { as: 'p1', connect: false });
    const presence = screen.getByRole('region', { name: 'Who is here' });
    const list = within(presence).getByRole('list', { name: 'Who is here' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(49);

    await user.type(within(presence).getByRole('searchbox', { name: 'Find a person' }), 'person 4');
    const names = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.presence-name')?.textContent);
    expect(names).toEqual(['Person 4', ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Person 4${n}`)]);
    expect(within(presence).getByText('1 person left')).toBeInTheDocument();
    expect(within(presence).getByText('Person 49')).not.toBeVisible();
  }, 30_000);
});
