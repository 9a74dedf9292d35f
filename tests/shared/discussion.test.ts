import { remainingMs, timerDeadline } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../helpers/builders.js';

const MIN = 60_000;

/** A meeting in the discuss phase with topic A under discussion (8-minute timebox). */
const discussing = (settings = {}) => {
  const { m, topicIds } = meeting({
    participants: 3,
    phase: 'discuss',
    topics: ['A', 'B'],
    settings,
  });
  const [a, b] = topicIds as [string, string];
  m.ok('facilitator', { type: 'discussion:start', topicId: a });
  return { m, a, b };
};

describe('starting a discussion', () => {
  it('starts the timebox now', () => {
    const { m, a } = discussing({ timeboxMinutes: 8 });
    expect(m.state.discussion).toEqual({
      topicId: a,
      round: 0,
      timer: { startedAt: m.now, durationMs: 8 * MIN, pausedRemainingMs: null },
      timeboxMs: 8 * MIN,
      continueVote: null,
    });
    expect(m.state.topics[a]?.status).toBe('discussing');
  });

  it('gives a topic its own timebox when the facilitator chooses one at the start', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string, minutes: 3 });
    expect(m.state.discussion).toMatchObject({
      timer: { startedAt: m.now, durationMs: 3 * MIN, pausedRemainingMs: null },
      timeboxMs: 3 * MIN,
    });
  });

  it('refuses a second topic while one is discussed', () => {
    const { m, b } = discussing();
    expect(resultCode(m.as('facilitator', { type: 'discussion:start', topicId: b }))).toBe(
      'DISCUSSION_IN_PROGRESS',
    );
  });

  it('only starts in the discuss phase, on an open topic', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'vote', topics: ['A'] });
    const a = topicIds[0] as string;
    expect(resultCode(m.as('facilitator', { type: 'discussion:start', topicId: a }))).toBe(
      'WRONG_PHASE',
    );
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    m.ok('facilitator', { type: 'discussion:start', topicId: a });
    m.ok('facilitator', { type: 'discussion:close' });
    expect(resultCode(m.as('facilitator', { type: 'discussion:start', topicId: a }))).toBe(
      'TOPIC_NOT_OPEN',
    );
  });
});

describe('the discussion timer', () => {
  it('pauses with what is left and resumes from there', () => {
    const { m } = discussing({ timeboxMinutes: 8 });
    m.advance(3 * MIN);
    expect(m.ok('facilitator', { type: 'timer:pause' })).toEqual([
      { type: 'timer:paused', remainingMs: 5 * MIN },
    ]);
    const timer = m.state.discussion?.timer;
    if (!timer) throw new Error('no timer');
    m.advance(10 * MIN);
    expect(remainingMs(timer, m.now)).toBe(5 * MIN);
    expect(timerDeadline(timer)).toBeNull();
    expect(resultCode(m.as('facilitator', { type: 'timer:pause' }))).toBe('TIMER_NOT_RUNNING');
    m.ok('facilitator', { type: 'timer:resume' });
    expect(m.state.discussion?.timer).toEqual({
      startedAt: m.now,
      durationMs: 5 * MIN,
      pausedRemainingMs: null,
    });
    expect(resultCode(m.as('facilitator', { type: 'timer:resume' }))).toBe('TIMER_NOT_PAUSED');
  });

  it('extends a running timer by the given minutes', () => {
    const { m } = discussing({ timeboxMinutes: 8 });
    m.advance(6 * MIN);
    m.ok('facilitator', { type: 'timer:extend', minutes: 3 });
    const timer = m.state.discussion?.timer;
    expect(timer && remainingMs(timer, m.now)).toBe(5 * MIN);
  });

  it('keeps a paused timer paused when extended', () => {
    const { m } = discussing({ timeboxMinutes: 8 });
    m.ok('facilitator', { type: 'timer:pause' });
    m.ok('facilitator', { type: 'timer:extend', minutes: 2 });
    expect(m.state.discussion?.timer.pausedRemainingMs).toBe(10 * MIN);
  });

  it('sets the time left from now, shorter or longer, and a restart gives the whole timebox again', () => {
    const { m, a } = discussing({ timeboxMinutes: 8 });
    m.advance(2 * MIN);
    m.ok('facilitator', { type: 'timer:set', seconds: 90 });
    const shortened = m.state.discussion?.timer;
    expect(shortened).toEqual({ startedAt: m.now, durationMs: 90_000, pausedRemainingMs: null });
    m.advance(90_000);
    expect(m.system({ type: 'timer:expire', topicId: a, round: 0 })).toHaveLength(1);
    expect(resultCode(m.as('facilitator', { type: 'timer:set', seconds: 60 }))).toBe(
      'TIMER_NOT_RUNNING',
    );
  });

  it('keeps a paused timer paused when its time is set, and restarts it whole', () => {
    const { m } = discussing({ timeboxMinutes: 8 });
    m.advance(5 * MIN);
    m.ok('facilitator', { type: 'timer:pause' });
    const timeboxMs = m.state.discussion?.timeboxMs ?? 0;
    m.ok('facilitator', { type: 'timer:set', seconds: timeboxMs / 1000 });
    expect(m.state.discussion?.timer.pausedRemainingMs).toBe(8 * MIN);
    m.advance(MIN);
    m.ok('facilitator', { type: 'timer:resume' });
    const timer = m.state.discussion?.timer;
    expect(timer && remainingMs(timer, m.now)).toBe(8 * MIN);
  });

  it('expires only once the deadline has passed, and only once', () => {
    const { m, a } = discussing({ timeboxMinutes: 8 });
    const expire = { type: 'timer:expire', topicId: a, round: 0 } as const;
    m.advance(8 * MIN - 1);
    expect(m.system(expire)).toEqual([]);
    m.advance(1);
    expect(m.system(expire)).toEqual([{ type: 'timer:expired', topicId: a, reason: 'elapsed' }]);
    expect(m.system(expire)).toEqual([]);
    expect(m.state.discussion?.continueVote).toEqual({ openedAt: m.now, votes: {} });
    const timer = m.state.discussion?.timer;
    expect(timer && remainingMs(timer, m.now)).toBe(0);
  });

  it('ignores a stale expiry for another topic or round, or while paused', () => {
    const { m, a, b } = discussing({ timeboxMinutes: 8 });
    m.advance(9 * MIN);
    expect(m.system({ type: 'timer:expire', topicId: b, round: 0 })).toEqual([]);
    expect(m.system({ type: 'timer:expire', topicId: a, round: 1 })).toEqual([]);
    m.ok('facilitator', { type: 'timer:pause' });
    expect(m.system({ type: 'timer:expire', topicId: a, round: 0 })).toEqual([]);
  });

  it('opens the continue-vote when the facilitator stops the timer early', () => {
    const { m, a } = discussing();
    expect(m.ok('facilitator', { type: 'timer:stop' })).toEqual([
      { type: 'timer:expired', topicId: a, reason: 'stopped' },
    ]);
    expect(resultCode(m.as('facilitator', { type: 'timer:stop' }))).toBe('TIMER_NOT_RUNNING');
    expect(resultCode(m.as('facilitator', { type: 'timer:pause' }))).toBe('TIMER_NOT_RUNNING');
  });

  it('runs again after the time was up when extended, closing the continue-vote', () => {
    const { m } = discussing();
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('facilitator', { type: 'timer:extend', minutes: 2 });
    expect(m.state.discussion).toMatchObject({
      continueVote: null,
      timer: { startedAt: m.now, durationMs: 2 * MIN, pausedRemainingMs: null },
    });
  });

  it('answers NO_DISCUSSION when no topic is discussed', () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    for (const type of ['timer:pause', 'timer:resume', 'timer:stop', 'discussion:close'] as const) {
      expect(resultCode(m.as('facilitator', { type }))).toBe('NO_DISCUSSION');
    }
    expect(resultCode(m.as('facilitator', { type: 'timer:extend', minutes: 1 }))).toBe(
      'NO_DISCUSSION',
    );
  });
});

describe('voting to continue or move on', () => {
  it('takes one vote per person and lets people change it', () => {
    const { m } = discussing();
    expect(resultCode(m.as('p1', { type: 'continue:vote', choice: 'up' }))).toBe(
      'CONTINUE_VOTE_NOT_OPEN',
    );
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('p1', { type: 'continue:vote', choice: 'down' });
    expect(m.ok('p1', { type: 'continue:vote', choice: 'down' })).toEqual([]);
    expect(m.state.discussion?.continueVote?.votes).toEqual({ [m.id('p1')]: 'down' });
  });

  it('continues by majority with the first extension, then the next', () => {
    const { m, a } = discussing({ extensionMinutes: [4, 2] });
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('p2', { type: 'continue:vote', choice: 'sideways' });
    const [continued] = m.ok('facilitator', { type: 'continue:resolve' });
    expect(continued).toEqual({
      type: 'discussion:continued',
      topicId: a,
      round: 1,
      timer: { startedAt: m.now, durationMs: 4 * MIN, pausedRemainingMs: null },
      tally: { up: 1, sideways: 1, down: 0 },
      overridden: false,
    });
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('facilitator', { type: 'continue:resolve' });
    expect(m.state.discussion).toMatchObject({ round: 2, timer: { durationMs: 2 * MIN } });
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('facilitator', { type: 'continue:resolve' });
    expect(m.state.discussion).toMatchObject({ round: 3, timer: { durationMs: 2 * MIN } });
  });

  it('uses half the timebox, rounded up, when no extensions are configured', () => {
    const { m } = discussing({ timeboxMinutes: 7, extensionMinutes: [] });
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('facilitator', { type: 'continue:resolve' });
    expect(m.state.discussion?.timer.durationMs).toBe(4 * MIN);
  });

  it('moves on when thumbs up and down tie', () => {
    const { m, a } = discussing();
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('p2', { type: 'continue:vote', choice: 'down' });
    expect(m.ok('facilitator', { type: 'continue:resolve' })).toEqual([
      {
        type: 'discussion:closed',
        topicId: a,
        tally: { up: 1, sideways: 0, down: 1 },
        overridden: false,
      },
    ]);
    expect(m.state.topics[a]?.status).toBe('discussed');
    expect(m.state.queue).not.toContain(a);
    expect(m.state.discussion).toBeNull();
  });

  it('lets the facilitator override the majority, and records it', () => {
    const { m } = discussing();
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'down' });
    const [event] = m.ok('facilitator', { type: 'continue:resolve', decision: 'continue' });
    expect(event).toMatchObject({ type: 'discussion:continued', overridden: true });
  });

  it('does not count an override that agrees with the majority as one', () => {
    const { m } = discussing();
    m.ok('facilitator', { type: 'timer:stop' });
    const [event] = m.ok('facilitator', { type: 'continue:resolve', decision: 'close' });
    expect(event).toMatchObject({ type: 'discussion:closed', overridden: false });
  });

  it('refuses to resolve while time still runs', () => {
    const { m } = discussing();
    expect(resultCode(m.as('facilitator', { type: 'continue:resolve' }))).toBe(
      'CONTINUE_VOTE_NOT_OPEN',
    );
  });

  it('closes a topic at any time, keeping the tally of an open continue-vote', () => {
    const { m, a } = discussing();
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p3', { type: 'continue:vote', choice: 'sideways' });
    expect(m.ok('facilitator', { type: 'discussion:close' })).toEqual([
      {
        type: 'discussion:closed',
        topicId: a,
        tally: { up: 0, sideways: 1, down: 0 },
        overridden: false,
      },
    ]);
  });
});
