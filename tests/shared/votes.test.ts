import { participantDots } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { tallies } from '../../shared/src/domain/votes.js';
import { meeting, resultCode } from '../helpers/builders.js';

const voting = (settings = {}) =>
  meeting({ participants: 2, phase: 'vote', topics: ['A', 'B', 'C', 'D'], settings });

describe('dot voting', () => {
  it('totals the dots per topic, again after every change and only then', () => {
    const { m, topicIds } = voting({ dotsPerPerson: 3, maxDotsPerTopic: 3 });
    const [a, b] = topicIds as [string, string];
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p2', { type: 'vote:cast', topicId: a });
    const before = m.state;
    expect(tallies(before)).toEqual({ [a]: 2 });
    // A state whose dots did not change gives the very same totals (they are never mutated).
    m.ok('p1', { type: 'participant:rename', name: 'Renamed' });
    expect(tallies(m.state)).toBe(tallies(before));
    m.ok('p2', { type: 'vote:cast', topicId: b });
    m.ok('p1', { type: 'vote:retract', topicId: a });
    expect(tallies(m.state)).toEqual({ [a]: 1, [b]: 1 });
    expect(tallies(before)).toEqual({ [a]: 2 });
  });

  it('refuses a fourth dot when the budget is 3', () => {
    const { m, topicIds } = voting({ dotsPerPerson: 3, maxDotsPerTopic: 1 });
    for (const topicId of topicIds.slice(0, 3)) m.ok('p1', { type: 'vote:cast', topicId });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: topicIds[3] as string }))).toBe(
      'VOTE_BUDGET_EXHAUSTED',
    );
  });

  it('refuses a second dot on one topic when one dot per topic is allowed', () => {
    const { m, topicIds } = voting({ maxDotsPerTopic: 1 });
    const a = topicIds[0] as string;
    m.ok('p1', { type: 'vote:cast', topicId: a });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: a }))).toBe('TOPIC_DOT_CAP_REACHED');
  });

  it('allows several dots on one topic up to the cap', () => {
    const { m, topicIds } = voting({ dotsPerPerson: 3, maxDotsPerTopic: 3 });
    const a = topicIds[0] as string;
    for (let i = 0; i < 3; i += 1) m.ok('p1', { type: 'vote:cast', topicId: a });
    expect(participantDots(m.state.dots, m.id('p1'))).toEqual({ [a]: 3 });
  });

  it('gives a dot back on retract and refuses to retract a dot that is not there', () => {
    const { m, topicIds } = voting();
    const a = topicIds[0] as string;
    expect(resultCode(m.as('p1', { type: 'vote:retract', topicId: a }))).toBe('NO_DOT_TO_RETRACT');
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p1', { type: 'vote:retract', topicId: a });
    expect(participantDots(m.state.dots, m.id('p1'))).toEqual({});
  });

  it('takes no dots outside the vote phase', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'propose', topics: ['A'] });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: topicIds[0] as string }))).toBe(
      'WRONG_PHASE',
    );
  });

  it('takes no dots after voting closed', () => {
    const { m, topicIds } = voting();
    m.ok('facilitator', { type: 'vote:close' });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: topicIds[0] as string }))).toBe(
      'VOTING_CLOSED',
    );
    expect(resultCode(m.as('p1', { type: 'vote:retract', topicId: topicIds[0] as string }))).toBe(
      'VOTING_CLOSED',
    );
  });

  it('takes no dots on a merged topic', () => {
    const { m, topicIds } = voting();
    const [a, b] = topicIds as [string, string];
    m.ok('facilitator', { type: 'topic:merge', sourceId: a, targetId: b });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: a }))).toBe('TOPIC_NOT_OPEN');
  });

  it('orders the queue by dots when voting closes, earlier proposed first on a tie', () => {
    const { m, topicIds } = voting();
    const [a, b, c, d] = topicIds as [string, string, string, string];
    m.ok('p1', { type: 'vote:cast', topicId: d });
    m.ok('p2', { type: 'vote:cast', topicId: d });
    m.ok('p1', { type: 'vote:cast', topicId: c });
    m.ok('p2', { type: 'vote:cast', topicId: b });
    expect(m.ok('facilitator', { type: 'vote:close' })).toEqual([
      { type: 'vote:closed', queue: [d, b, c, a] },
    ]);
    expect(m.state).toMatchObject({ queue: [d, b, c, a], votingClosed: true, votesRevealed: true });
    expect(m.ok('facilitator', { type: 'vote:close' })).toEqual([]);
  });

  it('reveals hidden votes without closing', () => {
    const { m } = voting({ hiddenVotes: true });
    m.ok('facilitator', { type: 'vote:reveal' });
    expect(m.state).toMatchObject({ votesRevealed: true, votingClosed: false });
    expect(m.ok('facilitator', { type: 'vote:reveal' })).toEqual([]);
  });
});

describe('reordering the queue', () => {
  it('waits until voting has closed', () => {
    const { m, topicIds } = voting();
    expect(
      resultCode(m.as('facilitator', { type: 'queue:reorder', order: [...topicIds].reverse() })),
    ).toBe('VOTING_OPEN');
  });

  it('takes a permutation of the queue after voting', () => {
    const { m, topicIds } = voting();
    m.ok('facilitator', { type: 'vote:close' });
    const order = [...m.state.queue].reverse();
    m.ok('facilitator', { type: 'queue:reorder', order });
    expect(m.state.queue).toEqual(order);
    expect(m.ok('facilitator', { type: 'queue:reorder', order })).toEqual([]);
    expect(topicIds).toHaveLength(4);
  });

  it('refuses an order that leaves out, repeats or invents a topic', () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['A', 'B'] });
    const [x, y] = m.state.queue as [string, string];
    for (const order of [[x], [x, x], [x, y, 'ghost'], [x, 'ghost']]) {
      expect(resultCode(m.as('facilitator', { type: 'queue:reorder', order }))).toBe(
        'QUEUE_MISMATCH',
      );
    }
  });

  it('is not possible while proposing', () => {
    const { m } = meeting({ participants: 1, phase: 'propose', topics: ['A'] });
    expect(resultCode(m.as('facilitator', { type: 'queue:reorder', order: m.state.queue }))).toBe(
      'WRONG_PHASE',
    );
  });
});
