/** The minutes of a meeting run through the real rules (decide/evolve), not a hand-written log. */
import { minutes } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../../helpers/builders.js';

const MINUTE = 60_000;

describe('minutes of a meeting run through the rules', () => {
  it('agree with the rules on time planned, time spent and the continue-votes', () => {
    const { m, topicIds } = meeting({
      participants: 3,
      phase: 'discuss',
      topics: ['First', 'Second'],
    });
    const [first = ''] = topicIds;
    m.ok('facilitator', { type: 'discussion:start', topicId: first });
    m.advance(2 * MINUTE).ok('facilitator', { type: 'timer:pause' });
    m.advance(MINUTE).ok('facilitator', { type: 'timer:resume' });
    m.advance(6 * MINUTE).system({ type: 'timer:expire', topicId: first, round: 0 });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('p2', { type: 'continue:vote', choice: 'up' });
    m.ok('p3', { type: 'continue:vote', choice: 'down' });
    m.ok('facilitator', { type: 'continue:resolve' });
    m.advance(4 * MINUTE).system({ type: 'timer:expire', topicId: first, round: 1 });
    m.ok('p1', { type: 'continue:vote', choice: 'down' });
    m.ok('facilitator', { type: 'continue:resolve' });
    m.ok('facilitator', {
      type: 'item:add',
      topicId: first,
      kind: 'action',
      text: 'Write it up',
      owner: 'Pat',
      due: '2026-03-01',
    });

    const result = minutes(m.events);
    expect(result.discussed).toHaveLength(1);
    expect(result.discussed[0]).toMatchObject({
      title: 'First',
      inProgress: false,
      plannedMs: 12 * MINUTE,
      spentMs: 12 * MINUTE,
      actions: [{ text: 'Write it up', owner: 'Pat', due: '2026-03-01' }],
    });
    expect(result.discussed[0]?.continueVotes.map((v) => [v.outcome, v.tally])).toEqual([
      ['continue', { up: 2, sideways: 0, down: 1 }],
      ['close', { up: 0, sideways: 0, down: 1 }],
    ]);
    expect(result.undiscussed.map((t) => t.title)).toEqual(['Second']);
    expect(result.facilitators).toEqual(['Fran']);
  });

  it('plan what the topic was given: its own timebox, then the time left set shorter', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Only'] });
    const [only = ''] = topicIds;
    m.ok('facilitator', { type: 'discussion:start', topicId: only, minutes: 10 });
    m.advance(3 * MINUTE).ok('facilitator', { type: 'timer:set', seconds: 2 * 60 });
    m.advance(2 * MINUTE).system({ type: 'timer:expire', topicId: only, round: 0 });
    m.ok('facilitator', { type: 'discussion:close' });
    expect(minutes(m.events).discussed[0]).toMatchObject({
      plannedMs: 5 * MINUTE,
      spentMs: 5 * MINUTE,
    });
  });

  it('list a reopened topic once, with the time of both discussions', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Only'] });
    const [only = ''] = topicIds;
    m.ok('facilitator', { type: 'discussion:start', topicId: only });
    m.advance(2 * MINUTE).ok('facilitator', { type: 'discussion:close' });
    m.ok('facilitator', { type: 'topic:reopen', topicId: only });
    m.ok('facilitator', { type: 'discussion:start', topicId: only, minutes: 3 });
    m.advance(MINUTE).ok('facilitator', { type: 'discussion:close' });
    const result = minutes(m.events);
    expect(result.discussed.map((topic) => topic.title)).toEqual(['Only']);
    expect(result.discussed[0]).toMatchObject({ plannedMs: 11 * MINUTE, spentMs: 3 * MINUTE });
    expect(result.undiscussed).toEqual([]);
  });

  it('close a topic still under discussion when the meeting ends, and stop its clock there', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Only'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] ?? '' });
    m.advance(3 * MINUTE).ok('facilitator', { type: 'meeting:end' });
    const result = minutes(m.events, { now: m.now + 60 * MINUTE });
    expect(result.discussed[0]).toMatchObject({ inProgress: false, spentMs: 3 * MINUTE });
    expect(result.endedAt).toBe(m.now);
  });
});
