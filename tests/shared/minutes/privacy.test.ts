/**
 * Everyone who joined may read the minutes while the meeting runs, so the minutes must not say
 * more than the public view: no tallies of hidden votes before they are revealed, no authors of
 * anonymous topics, no private check-in lines, and never who placed which dot.
 */
import { eventsForRecord, minutes, projectPublic } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../../helpers/builders.js';

const hiddenVoting = () => {
  const { m, topicIds } = meeting({
    participants: 2,
    phase: 'vote',
    topics: ['Remote onboarding', 'Job rotation'],
    settings: { hiddenVotes: true, anonymousTopics: true },
  });
  const [a = '', b = ''] = topicIds;
  m.ok('p1', { type: 'vote:cast', topicId: a });
  m.ok('p1', { type: 'vote:cast', topicId: a });
  m.ok('p2', { type: 'vote:cast', topicId: b });
  return { m, a, b };
};

describe('the minutes say no more than the public view', () => {
  it('shows no tallies of hidden votes until they are revealed', () => {
    const { m } = hiddenVoting();
    const before = minutes(m.events);
    expect(before.undiscussed.map((topic) => topic.dots)).toEqual([null, null]);
    expect(projectPublic(m.state).topics.map((topic) => topic.dots)).toEqual([null, null]);
    // Nor does the order give the tallies away: still the order of proposal.
    expect(before.undiscussed.map((topic) => topic.title)).toEqual([
      'Remote onboarding',
      'Job rotation',
    ]);

    m.ok('facilitator', { type: 'vote:reveal' });
    expect(minutes(m.events).undiscussed.map((topic) => topic.dots)).toEqual([2, 1]);
  });

  it('names no author of an anonymous topic and never who placed which dot', () => {
    const { m } = hiddenVoting();
    m.ok('facilitator', { type: 'vote:reveal' });
    const text = JSON.stringify(minutes(m.events));
    for (const name of ['p1', 'p2', 'facilitator']) {
      expect(text).not.toContain(`"${m.id(name)}"`);
      expect(text).not.toContain(`hash-${name}`);
    }
    expect(text).not.toMatch(/author|voter|dotsBy/i);
  });

  it('leaves out check-in lines their authors keep private, though the meeting shows them', () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Moving house', private: true });
    m.ok('p2', { type: 'round:post', round: 'checkin', text: 'Budget season' });
    expect(projectPublic(m.state).rounds.checkin.map((line) => line.text)).toContain(
      'Moving house',
    );
    const m1 = minutes(m.events);
    expect(m1.checkin.map((line) => line.text)).toEqual(['Budget season']);
    expect(JSON.stringify(m1)).not.toContain('Moving house');
  });
});

describe('the event log as the record keeps it', () => {
  it('replays into the same minutes, with pseudonyms for whoever placed dots or merged them', () => {
    const { m, a, b } = hiddenVoting();
    m.ok('facilitator', { type: 'vote:reveal' });
    m.ok('facilitator', { type: 'topic:merge', sourceId: b, targetId: a });
    const record = eventsForRecord(m.events);
    expect(minutes(record)).toEqual(minutes(m.events));
    const text = JSON.stringify(record);
    for (const name of ['p1', 'p2']) {
      expect(text).not.toContain(`"${m.id(name)}":`);
      expect(text).not.toContain(`hash-${name}`);
    }
    const voters = record.flatMap((event) =>
      event.type === 'vote:cast' ? [event.participantId] : [],
    );
    expect(voters).toEqual(['voter-1', 'voter-1', 'voter-2']);
    expect(record.find((event) => event.type === 'topic:merged')).toMatchObject({
      moved: { 'voter-2': 1 },
    });
  });

  it('leaves out dots whose totals were never revealed, and every author once anonymity was promised', () => {
    const { m } = hiddenVoting();
    const record = eventsForRecord(m.events);
    expect(record.some((event) => event.type === 'vote:cast')).toBe(false);
    for (const event of record) {
      if (event.type === 'topic:proposed') expect(event.authorId).toBe('');
    }
    expect(minutes(record)).toEqual(minutes(m.events));
  });

  it('keeps a private line in its place with neither text nor mood', () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Moving house', mood: 'sunny' });
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Moving house', private: true });
    const record = eventsForRecord(m.events);
    expect(JSON.stringify(record)).not.toContain('Moving house');
    expect(record.filter((event) => event.type === 'round:posted').at(-1)).toMatchObject({
      text: '',
      mood: null,
      private: true,
    });
    expect(minutes(record)).toEqual(minutes(m.events));
  });
});
