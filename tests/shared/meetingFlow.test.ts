import {
  applyPatch,
  diff,
  isDomainError,
  projectPrivate,
  projectPublic,
  replay,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers/builders.js';

describe('a whole Lean Coffee meeting', () => {
  it('runs from the lobby to the end and can be rebuilt from its events', () => {
    const { m, topicIds } = meeting({ participants: 3, phase: 'vote', topics: ['A', 'B', 'C'] });
    const [a, b, c] = topicIds as [string, string, string];
    m.ok('p1', { type: 'vote:cast', topicId: c });
    m.ok('p2', { type: 'vote:cast', topicId: c });
    m.ok('p3', { type: 'vote:cast', topicId: b });
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    expect(m.state.queue).toEqual([c, b, a]);
    m.ok('facilitator', { type: 'discussion:start', topicId: c });
    m.advance(8 * 60_000);
    const expiry = m.system({ type: 'timer:expire', topicId: c, round: 0 });
    expect(isDomainError(expiry) ? expiry.code : expiry.map((e) => e.type)).toEqual([
      'timer:expired',
    ]);
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('facilitator', { type: 'continue:resolve' });
    expect(m.state.discussion?.round).toBe(1);
    m.ok('facilitator', { type: 'item:add', topicId: c, kind: 'decision', text: 'We do it' });
    m.ok('facilitator', { type: 'discussion:close' });
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    m.ok('facilitator', { type: 'meeting:end' });
    expect(m.state.phase).toBe('ended');
    expect(replay('m1', m.events)).toEqual(m.state);
    const view = projectPublic(m.state);
    expect(
      applyPatch(
        projectPublic(replay('m1', m.events.slice(0, 10))),
        diff(projectPublic(replay('m1', m.events.slice(0, 10))), view),
      ),
    ).toEqual(view);
    expect(
      projectPrivate(m.state, { participantId: m.id('p1'), hasFacilitatorKey: false }).dots,
    ).toEqual({ [c]: 1 });
  });
});
