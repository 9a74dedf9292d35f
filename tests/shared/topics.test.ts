import { LIMITS, participantDots } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode, TestMeeting } from '../helpers/builders.js';

describe('proposing topics', () => {
  it.each(['lobby', 'checkin', 'propose', 'vote', 'discuss'] as const)(
    'takes new topics in the %s phase, at the end of the queue',
    (phase) => {
      const { m, topicIds } = meeting({ participants: 1, phase, topics: ['First'] });
      const id = m.propose('p1', 'Second');
      expect(m.state.queue).toEqual([...topicIds, id]);
    },
  );

  it.each(['wrapup', 'ended'] as const)('refuses new topics in the %s phase', (phase) => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    if (phase === 'ended') m.ok('facilitator', { type: 'meeting:end' });
    expect(resultCode(m.as('p1', { type: 'topic:propose', title: 'Late' }))).toBe(
      phase === 'ended' ? 'MEETING_ENDED' : 'WRONG_PHASE',
    );
  });

  it(`refuses topic number ${LIMITS.maxTopics + 1}`, () => {
    const m = new TestMeeting();
    m.join('facilitator');
    m.goTo('propose');
    for (let i = 0; i < LIMITS.maxTopics; i += 1) m.propose('facilitator', `T${i}`);
    expect(resultCode(m.as('facilitator', { type: 'topic:propose', title: 'One too many' }))).toBe(
      'TOO_MANY',
    );
  });
});

describe('editing and deleting topics', () => {
  it('lets authors edit their own topic but not someone else’s', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'propose', topics: ['A'] });
    const a = topicIds[0] as string;
    m.ok('p1', { type: 'topic:edit', topicId: a, title: 'A, sharper' });
    expect(m.state.topics[a]).toMatchObject({ title: 'A, sharper', description: '' });
    expect(resultCode(m.as('p2', { type: 'topic:edit', topicId: a, title: 'Mine now' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lets moderators edit and delete any topic', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'propose', topics: ['A', 'B'] });
    m.makeRole('p2', 'cofacilitator');
    m.ok('p2', { type: 'topic:edit', topicId: topicIds[0] as string, description: 'Context' });
    m.ok('facilitator', { type: 'topic:delete', topicId: topicIds[1] as string });
    expect(m.state.topics[topicIds[0] as string]?.description).toBe('Context');
    expect(m.state.topics[topicIds[1] as string]).toBeUndefined();
    expect(m.state.queue).toEqual([topicIds[0]]);
  });

  it('changes nothing for an edit that keeps title and description', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'propose', topics: ['A'] });
    expect(m.ok('p1', { type: 'topic:edit', topicId: topicIds[0] as string, title: 'A' })).toEqual(
      [],
    );
  });

  it('gives every dot back when a topic is deleted', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['A', 'B'] });
    const a = topicIds[0] as string;
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p2', { type: 'vote:cast', topicId: a });
    m.ok('p1', { type: 'topic:delete', topicId: a });
    expect(participantDots(m.state.dots, m.id('p1'))).toEqual({});
    expect(participantDots(m.state.dots, m.id('p2'))).toEqual({});
  });

  it('refuses to change a topic that was discussed', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    const a = topicIds[0] as string;
    m.ok('facilitator', { type: 'discussion:start', topicId: a });
    m.ok('facilitator', { type: 'discussion:close' });
    expect(resultCode(m.as('p1', { type: 'topic:delete', topicId: a }))).toBe('TOPIC_NOT_OPEN');
    expect(resultCode(m.as('p1', { type: 'topic:edit', topicId: a, title: 'x' }))).toBe(
      'TOPIC_NOT_OPEN',
    );
  });

  it('answers TOPIC_NOT_FOUND for unknown and hostile ids', () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    for (const topicId of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(resultCode(m.as('facilitator', { type: 'topic:delete', topicId }))).toBe(
        'TOPIC_NOT_FOUND',
      );
    }
  });
});

describe('merging duplicate topics', () => {
  it('moves dots onto the target up to the per-topic cap and refunds the rest', () => {
    const { m, topicIds } = meeting({
      participants: 2,
      phase: 'vote',
      topics: ['A', 'B'],
      settings: { dotsPerPerson: 5, maxDotsPerTopic: 3 },
    });
    const [a, b] = topicIds as [string, string];
    for (let i = 0; i < 2; i += 1) m.ok('p1', { type: 'vote:cast', topicId: a });
    for (let i = 0; i < 2; i += 1) m.ok('p1', { type: 'vote:cast', topicId: b });
    m.ok('p2', { type: 'vote:cast', topicId: a });
    const [event] = m.ok('facilitator', { type: 'topic:merge', sourceId: a, targetId: b });
    expect(event).toEqual({
      type: 'topic:merged',
      sourceId: a,
      targetId: b,
      moved: { [m.id('p1')]: 1, [m.id('p2')]: 1 },
      refunded: { [m.id('p1')]: 1 },
    });
    expect(participantDots(m.state.dots, m.id('p1'))).toEqual({ [b]: 3 });
    expect(participantDots(m.state.dots, m.id('p2'))).toEqual({ [b]: 1 });
    expect(m.state.topics[a]).toMatchObject({ status: 'merged', mergedInto: b });
    expect(m.state.queue).toEqual([b]);
  });

  it('refuses to merge a topic into itself', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'propose', topics: ['A'] });
    const a = topicIds[0] as string;
    expect(resultCode(m.as('facilitator', { type: 'topic:merge', sourceId: a, targetId: a }))).toBe(
      'MERGE_SAME_TOPIC',
    );
  });

  it('refuses to merge into a topic that is no longer open', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'propose', topics: ['A', 'B', 'C'] });
    const [a, b, c] = topicIds as [string, string, string];
    m.ok('facilitator', { type: 'topic:merge', sourceId: a, targetId: b });
    expect(resultCode(m.as('facilitator', { type: 'topic:merge', sourceId: c, targetId: a }))).toBe(
      'TOPIC_NOT_OPEN',
    );
  });
});

describe('topics proposed late and topics reopened', () => {
  it('votes on a topic proposed during the vote at once, and marks one from the discussion late', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['First'] });
    const during = m.propose('p1', 'During the vote');
    expect(m.state.topics[during]?.late).toBe(false);
    m.ok('p2', { type: 'vote:cast', topicId: during });
    m.ok('facilitator', { type: 'vote:close' });
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    const late = m.propose('p2', 'During the discussion');
    expect(m.state.topics[late]?.late).toBe(true);
    expect(m.state.queue).toEqual([during, topicIds[0], late]);
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: late }))).toBe('WRONG_PHASE');
  });

  it('reopens a discussed topic at the front of the queue, and only that', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A', 'B'] });
    const [a, b] = topicIds as [string, string];
    m.ok('facilitator', { type: 'discussion:start', topicId: a });
    expect(resultCode(m.as('facilitator', { type: 'topic:reopen', topicId: a }))).toBe(
      'TOPIC_NOT_DISCUSSED',
    );
    m.ok('facilitator', { type: 'discussion:close' });
    expect(resultCode(m.as('facilitator', { type: 'topic:reopen', topicId: b }))).toBe(
      'TOPIC_NOT_DISCUSSED',
    );
    expect(resultCode(m.as('p1', { type: 'topic:reopen', topicId: a }))).toBe('FORBIDDEN');
    m.ok('facilitator', { type: 'topic:reopen', topicId: a });
    expect(m.state.topics[a]?.status).toBe('open');
    expect(m.state.queue).toEqual([a, b]);
    m.ok('facilitator', { type: 'discussion:start', topicId: a });
  });

  it('reopens only while discussing', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    const a = topicIds[0] as string;
    m.ok('facilitator', { type: 'discussion:start', topicId: a });
    m.ok('facilitator', { type: 'discussion:close' });
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    expect(resultCode(m.as('facilitator', { type: 'topic:reopen', topicId: a }))).toBe(
      'WRONG_PHASE',
    );
  });
});
