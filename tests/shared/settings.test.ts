import { createMeetingEvent, DEFAULT_SETTINGS, resolveSettings } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../helpers/builders.js';

describe('meeting settings', () => {
  it('starts a meeting with the defaults merged with what the facilitator chose', () => {
    expect(createMeetingEvent('m9', 'Retro', { dotsPerPerson: 5 })).toEqual({
      type: 'meeting:created',
      meetingId: 'm9',
      title: 'Retro',
      settings: { ...DEFAULT_SETTINGS, dotsPerPerson: 5 },
    });
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ timeboxMinutes: undefined })).toEqual(DEFAULT_SETTINGS);
  });

  it('never shares the default extension list with a meeting', () => {
    expect(resolveSettings().extensionMinutes).not.toBe(DEFAULT_SETTINGS.extensionMinutes);
  });

  it('lets moderators change settings and changes nothing when they are the same', () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    m.ok('facilitator', {
      type: 'settings:update',
      settings: { timeboxMinutes: 10, openNotes: true },
    });
    expect(m.state.settings).toMatchObject({ timeboxMinutes: 10, openNotes: true });
    expect(
      m.ok('facilitator', { type: 'settings:update', settings: { timeboxMinutes: 10 } }),
    ).toEqual([]);
  });

  it('refuses to change the dot rules once someone has placed a dot', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'vote', topics: ['A'] });
    m.ok('p1', { type: 'vote:cast', topicId: topicIds[0] as string });
    expect(
      resultCode(m.as('facilitator', { type: 'settings:update', settings: { dotsPerPerson: 1 } })),
    ).toBe('DOTS_ALREADY_CAST');
    expect(
      resultCode(m.as('facilitator', { type: 'settings:update', settings: { hiddenVotes: true } })),
    ).toBe('ok');
  });

  it('keeps the authors of anonymously proposed topics hidden for good', () => {
    const { m } = meeting({
      participants: 2,
      phase: 'propose',
      topics: ['A'],
      settings: { anonymousTopics: true },
    });
    expect(
      resultCode(
        m.as('facilitator', { type: 'settings:update', settings: { anonymousTopics: false } }),
      ),
    ).toBe('ANONYMITY_PROMISED');
    expect(m.state.settings.anonymousTopics).toBe(true);
  });

  it('lets anonymity be switched off while no topic has been proposed', () => {
    const { m } = meeting({ participants: 1, phase: 'lobby', settings: { anonymousTopics: true } });
    m.ok('facilitator', { type: 'settings:update', settings: { anonymousTopics: false } });
    expect(m.state.settings.anonymousTopics).toBe(false);
  });
});
