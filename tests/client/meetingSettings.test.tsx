import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FacilitatorBar } from '../../client/src/features/facilitator/FacilitatorBar.js';
import { SettingsAnnouncer } from '../../client/src/features/meeting/SettingsAnnouncer.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const MeetingParts = () => (
  <>
    <FacilitatorBar />
    <SettingsAnnouncer />
  </>
);

const settingsButton = () => screen.getByRole('button', { name: 'Settings' });
const settingsDialog = () => screen.getByRole('dialog', { name: 'Meeting settings' });

describe('changing the settings of a running meeting', () => {
  it('shortens the timebox and hides votes mid-discussion; everyone is told, focus comes back', async () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
    const { user } = renderWithMeeting(<MeetingParts />, m, { as: 'facilitator' });

    await user.click(settingsButton());
    const dialog = settingsDialog();
    expect(within(dialog).getByText('Applies from the next topic.')).toBeInTheDocument();
    const timebox = within(dialog).getByLabelText('Minutes per topic');
    await user.clear(timebox);
    await user.type(timebox, '5');
    await user.click(within(dialog).getByLabelText('Hide votes until revealed'));
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));

    await expect
      .poll(() => m.state.settings)
      .toMatchObject({ timeboxMinutes: 5, hiddenVotes: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(settingsButton());
    expect(
      await screen.findByText(
        'Settings changed: Hide votes until revealed: on; Minutes per topic: 5.',
      ),
    ).toBeInTheDocument();
  });

  it('sends only what changed, so another moderator’s change to another setting holds', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    const { user, server } = renderWithMeeting(<MeetingParts />, m, { as: 'facilitator' });
    await user.click(settingsButton());
    server.act('facilitator', { type: 'settings:update', settings: { openNotes: true } });
    await user.click(within(settingsDialog()).getByLabelText('Anonymous topics'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await expect
      .poll(() => m.state.settings)
      .toMatchObject({ anonymousTopics: true, openNotes: true });
  });

  it('asks to take back every dot before the dot rules change, and everyone is told to vote again', async () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'vote', topics: ['Budget'] });
    m.ok('p1', { type: 'vote:cast', topicId: topicIds[0] as string });
    const { user } = renderWithMeeting(<MeetingParts />, m, { as: 'facilitator' });

    await user.click(settingsButton());
    const dots = within(settingsDialog()).getByLabelText('Dots per person');
    await user.clear(dots);
    await user.type(dots, '5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('The dot rules cannot change once someone has voted.'),
    ).toBeInTheDocument();
    expect(m.state.settings.dotsPerPerson).toBe(3);

    await user.click(screen.getByLabelText('Take back everyone’s dots'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await expect.poll(() => m.state.settings.dotsPerPerson).toBe(5);
    expect(m.state.dots).toEqual({});
    expect(
      await screen.findByText('All dots were taken back: please vote again.'),
    ).toBeInTheDocument();
  });

  it('offers no reset once the discussion has begun', async () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
    const { user } = renderWithMeeting(<MeetingParts />, m, { as: 'facilitator' });
    await user.click(settingsButton());
    const dots = within(settingsDialog()).getByLabelText('Dots per person');
    await user.clear(dots);
    await user.type(dots, '5');
    expect(screen.queryByLabelText('Take back everyone’s dots')).not.toBeInTheDocument();
  });
});

describe('a participant during a change of settings', () => {
  it('has no settings button and reads what moderators changed, in German too', async () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    const { server, store } = renderWithMeeting(<MeetingParts />, m, { as: 'p1' });
    expect(screen.queryByRole('button', { name: 'Settings' })).not.toBeInTheDocument();
    store.getState().setLocale('de');
    server.act('facilitator', {
      type: 'settings:update',
      settings: { locale: 'en', checkinSecondsPerPerson: null, extensionMinutes: [] },
    });
    expect(
      await screen.findByText(
        'Einstellungen geändert: Verlängerungen in Minuten: keine; Sprache des Protokolls: English.',
      ),
    ).toBeInTheDocument();
  });
});
