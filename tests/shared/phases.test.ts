import { isLegalPhaseChange, PHASES, type Phase } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../helpers/builders.js';

const legal: [Phase, Phase][] = [
  ['lobby', 'checkin'],
  ['lobby', 'propose'],
  ['checkin', 'propose'],
  ['propose', 'vote'],
  ['vote', 'discuss'],
  ['vote', 'propose'],
  ['discuss', 'wrapup'],
  ['discuss', 'propose'],
  ['discuss', 'vote'],
  ['wrapup', 'discuss'],
  ['wrapup', 'propose'],
  ['wrapup', 'vote'],
];

describe('moving between phases', () => {
  const isListed = (from: Phase, to: Phase) => legal.some(([f, t]) => f === from && t === to);
  const pairs = PHASES.filter((p) => p !== 'ended').flatMap((from) =>
    PHASES.filter((to) => to !== from).map((to) => [from, to] as const),
  );

  it.each(pairs)('from %s to %s follows the table', (from, to) => {
    const { m } = meeting({ participants: 1, phase: from });
    const result = m.as('facilitator', { type: 'phase:set', phase: to });
    expect(resultCode(result)).toBe(isListed(from, to) ? 'ok' : 'ILLEGAL_TRANSITION');
    if (isListed(from, to)) expect(m.state.phase).toBe(to);
  });

  it('counts ending the meeting as legal from every phase but ended', () => {
    for (const from of PHASES) expect(isLegalPhaseChange(from, 'ended')).toBe(from !== 'ended');
  });

  it('lets nothing leave an ended meeting', () => {
    const { m } = meeting({ participants: 1, phase: 'discuss' });
    m.ok('facilitator', { type: 'meeting:end' });
    expect(resultCode(m.as('facilitator', { type: 'phase:set', phase: 'wrapup' }))).toBe(
      'MEETING_ENDED',
    );
    expect(resultCode(m.as('newcomer', { type: 'participant:join', name: 'Late' }))).toBe(
      'MEETING_ENDED',
    );
  });

  it('does nothing when the meeting is already in the phase', () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    expect(m.ok('facilitator', { type: 'phase:set', phase: 'propose' })).toEqual([]);
  });

  it('closes voting with the queue ordered by dots when discussion begins', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['A', 'B'] });
    const [a, b] = topicIds as [string, string];
    m.ok('p1', { type: 'vote:cast', topicId: b });
    const events = m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    expect(events).toContainEqual({ type: 'vote:closed', queue: [b, a] });
    expect(m.state.votingClosed).toBe(true);
    expect(m.state.votesRevealed).toBe(true);
  });

  it('reopens voting when the facilitator steps back to vote', () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    const events = m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    expect(events.map((e) => e.type)).toEqual(['phase:changed', 'vote:reopened']);
    expect(m.state.votingClosed).toBe(false);
  });

  it('closes the topic under discussion when wrapping up', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    const events = m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    expect(events.map((e) => e.type)).toEqual(['discussion:closed', 'phase:changed']);
    expect(m.state.discussion).toBeNull();
    expect(m.state.topics[topicIds[0] as string]?.status).toBe('discussed');
  });

  it('refuses to step back to proposing while a topic is being discussed', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    expect(resultCode(m.as('facilitator', { type: 'phase:set', phase: 'propose' }))).toBe(
      'DISCUSSION_IN_PROGRESS',
    );
  });

  it('ends a running check-in round when the check-in phase is left', () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    const events = m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
    expect(events.map((e) => e.type)).toEqual(['round:ended', 'phase:changed']);
    expect(m.state.speakingRound).toBeNull();
  });

  it('ends the meeting from any phase, closing a running discussion first', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    const events = m.ok('facilitator', { type: 'meeting:end' });
    expect(events.map((e) => e.type)).toEqual([
      'discussion:closed',
      'phase:changed',
      'meeting:ended',
    ]);
    expect(m.state.endedAt).toBe(m.now);
  });
});
