import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adoptParticipantTokenFromUrl,
  takeSecretFromUrl,
} from '../../client/src/app/urlSecrets.js';
import { PresencePanel } from '../../client/src/features/meeting/PresencePanel.js';
import { persistence } from '../../client/src/store/persistence.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const presence = () => screen.getByRole('region', { name: 'Who is here' });
const myActions = () =>
  within(presence()).getByRole('button', { name: 'Your name, another device, leaving' });

afterEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

describe('one’s own entry in “Who is here”', () => {
  it('renames oneself', async () => {
    const { m } = meeting({ participants: 1 });
    const { user } = renderWithMeeting(<PresencePanel />, m, { as: 'p1' });
    await user.click(myActions());
    const name = within(presence()).getByLabelText('Your name');
    await user.clear(name);
    await user.type(name, 'Paula K.');
    await user.click(within(presence()).getByRole('button', { name: 'Rename' }));
    await expect.poll(() => m.state.participants[m.id('p1')]?.name).toBe('Paula K.');
  });

  it('leaves after confirming', async () => {
    const { m } = meeting({ participants: 1 });
    const { user } = renderWithMeeting(<PresencePanel />, m, { as: 'p1' });
    await user.click(myActions());
    await user.click(within(presence()).getByRole('button', { name: 'Leave the meeting' }));
    expect(m.state.participants[m.id('p1')]?.left).toBe(false);
    await user.click(within(presence()).getByRole('button', { name: 'Really leave?' }));
    await expect.poll(() => m.state.participants[m.id('p1')]?.left).toBe(true);
  });

  it('gives a link for another device that carries this browser’s identity, with a warning', async () => {
    const { m } = meeting({ participants: 1 });
    const token = persistence.participantToken(m.state.id);
    const { user } = renderWithMeeting(<PresencePanel />, m, { as: 'p1' });
    await user.click(myActions());
    await user.click(within(presence()).getByText('Use on another device'));
    expect(
      within(presence()).getByText(
        'Whoever has this link takes part as you: send it only to yourself.',
      ),
    ).toBeInTheDocument();
    await user.click(
      within(presence()).getByRole('button', { name: 'Copy link for another device' }),
    );
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/m/${m.state.id}#as=${token}`,
    );
  });
});

describe('opening a link for another device', () => {
  it('makes this browser the same participant and takes the secrets out of the address', () => {
    window.history.replaceState(null, '', '/m/m7#as=tok_123&key=facil-key');
    adoptParticipantTokenFromUrl('m7');
    expect(persistence.participantToken('m7')).toBe('tok_123');
    expect(window.location.hash).toBe('#key=facil-key');
    expect(takeSecretFromUrl('key')).toBe('facil-key');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/m/m7');
  });
});

describe('the facilitator tidying the list', () => {
  it('removes a duplicate after confirming', async () => {
    const { m } = meeting({ participants: 2 });
    const { user } = renderWithMeeting(<PresencePanel />, m, { as: 'facilitator' });
    await user.click(
      within(presence()).getByRole('button', { name: 'Role and facilitation for Person 2' }),
    );
    await user.click(within(presence()).getByRole('button', { name: 'Remove' }));
    await user.click(
      within(presence()).getByRole('button', { name: 'Remove Person 2 from the meeting?' }),
    );
    await expect.poll(() => m.state.participants[m.id('p2')]?.left).toBe(true);
    expect(within(presence()).getByText('1 person left')).toBeInTheDocument();
  });
});
