import {
  changedSettings,
  createMeetingEvent,
  DEFAULT_SETTINGS,
  mayResetDots,
  Phase,
  resolveSettings,
} from '@percolate/shared';
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

  it('changes the dot rules when the same change takes every dot back, and everyone votes again', () => {
    const { m, topicIds } = meeting({
      participants: 2,
      phase: 'vote',
      topics: ['A', 'B'],
      settings: { hiddenVotes: true },
    });
    const [a, b] = topicIds as [string, string];
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p2', { type: 'vote:cast', topicId: b });
    m.ok('facilitator', { type: 'vote:close' });
    const events = m.ok('facilitator', {
      type: 'settings:update',
      settings: { dotsPerPerson: 5, maxDotsPerTopic: 5 },
      resetDots: true,
    });
    expect(events.map((event) => event.type)).toEqual(['vote:reset', 'settings:changed']);
    expect(m.state).toMatchObject({
      dots: {},
      votingClosed: false,
      votesRevealed: false,
      dotResets: 1,
    });
    expect(m.state.settings).toMatchObject({ dotsPerPerson: 5, maxDotsPerTopic: 5 });
    for (let dot = 0; dot < 5; dot += 1) m.ok('p1', { type: 'vote:cast', topicId: a });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: b }))).toBe('VOTE_BUDGET_EXHAUSTED');
  });

  it('resets nothing when no dot is placed, and never once the discussion has begun', () => {
    const { m } = meeting({ participants: 1, phase: 'propose', topics: ['A'] });
    expect(
      m
        .ok('facilitator', {
          type: 'settings:update',
          settings: { dotsPerPerson: 4 },
          resetDots: true,
        })
        .map((event) => event.type),
    ).toEqual(['settings:changed']);
    const discussing = meeting({ participants: 1, phase: 'discuss', topics: ['A'] }).m;
    expect(
      resultCode(
        discussing.as('facilitator', { type: 'settings:update', settings: {}, resetDots: true }),
      ),
    ).toBe('WRONG_PHASE');
    expect([Phase.Lobby, Phase.Checkin, Phase.Propose, Phase.Vote].every(mayResetDots)).toBe(true);
    expect([Phase.Discuss, Phase.Wrapup, Phase.Ended].some(mayResetDots)).toBe(false);
  });

  it('names the settings that changed, in the order the settings list them', () => {
    const after = {
      ...DEFAULT_SETTINGS,
      hiddenVotes: true,
      timeboxMinutes: 5,
      extensionMinutes: [3],
    };
    expect(changedSettings(DEFAULT_SETTINGS, after)).toEqual([
      'hiddenVotes',
      'timeboxMinutes',
      'extensionMinutes',
    ]);
    expect(changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS })).toEqual([]);
  });
});
