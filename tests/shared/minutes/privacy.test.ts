/**
 * Everyone who joined may read the minutes while the meeting runs, so the minutes must not say
 * more than the public view: no tallies of hidden votes before they are revealed, no authors of
 * anonymous topics, no private check-in lines, and never who placed which dot.
 */
import { minutes, projectPublic } from '@percolate/shared';
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
