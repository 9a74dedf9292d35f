/** The minutes show how the facilitator adapted the meeting once it had begun, in its language. */
import { blockText, minutes, minutesDocument } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../../helpers/builders.js';

const adaptedMeeting = (locale: 'de' | 'en') => {
  const { m } = meeting({ participants: 2, settings: { locale, timeZone: 'UTC' } });
  // Set up in the lobby: not news for the reader.
  m.ok('facilitator', { type: 'settings:update', settings: { dotsPerPerson: 5 } });
  m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
  m.ok('facilitator', { type: 'topic:propose', title: 'Budget' });
  m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
  const topicId = m.state.queue[0] ?? Object.keys(m.state.topics)[0] ?? '';
  m.ok('p1', { type: 'vote:cast', topicId });
  m.ok('facilitator', {
    type: 'settings:update',
    settings: {
      dotsPerPerson: 2,
      hiddenVotes: true,
      timeboxMinutes: 5,
      checkinSecondsPerPerson: 30,
    },
    resetDots: true,
  });
  return m;
};

describe('the minutes’ changes during the meeting', () => {
  it('lists each change after the start with its old and new value, and dot resets', () => {
    const m = adaptedMeeting('en');
    const { adjustments } = minutes(m.events);
    expect(adjustments.map((a) => a.kind)).toEqual(['dotsReset', 'settings']);
    const settings = adjustments[1];
    expect(settings?.kind === 'settings' && settings.changes).toEqual([
      { key: 'dotsPerPerson', from: 5, to: 2 },
      { key: 'hiddenVotes', from: false, to: true },
      { key: 'timeboxMinutes', from: 8, to: 5 },
      { key: 'checkinSecondsPerPerson', from: null, to: 30 },
    ]);
  });

  it.each([
    [
      'en',
      'Changes during the meeting',
      'Dots per person: 5 → 2; Hide votes until revealed: off → on; Minutes per topic: 8 → 5; Seconds per person in the check-in round: none → 30',
      'All dots were taken back and the vote began again.',
    ],
    [
      'de',
      'Änderungen während des Treffens',
      'Punkte pro Person: 5 → 2; Stimmen verdeckt bis zur Aufdeckung: aus → ein; Minuten pro Thema: 8 → 5; Sekunden pro Person in der Check-in-Runde: keine → 30',
      'Alle Punkte wurden zurückgenommen und die Abstimmung begann neu.',
    ],
  ] as const)('says so in %s', (locale, heading, change, reset) => {
    const text = minutesDocument(minutes(adaptedMeeting(locale).events)).blocks.flatMap(blockText);
    expect(text).toContain(heading);
    expect(text).toContain(change);
    expect(text).toContain(reset);
  });

  it('leaves the section out when nothing changed once the meeting had begun', () => {
    const { m } = meeting({ participants: 1 });
    m.ok('facilitator', { type: 'settings:update', settings: { timeboxMinutes: 6 } });
    m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
    expect(minutes(m.events).adjustments).toEqual([]);
    const text = minutesDocument(minutes(m.events)).blocks.flatMap(blockText);
    expect(text).not.toContain('Änderungen während des Treffens');
  });
});
