import { describe, expect, it } from 'vitest';
import type { Clock } from '../../server/src/clock.js';
import { ExpiryTimer } from '../../server/src/meetings/expiryTimer.js';
import { meeting } from '../helpers/builders.js';

/** A clock whose first timer fires 1 ms before its time, as setTimeout sometimes does. */
const earlyClock = () => {
  let now = 1_000_000;
  let early = 1;
  const timers: { at: number; callback: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimer(delayMs, callback) {
      const timer = { at: now + delayMs, callback };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const fireNext = () => {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return false;
    now = Math.max(now, next.at - early);
    early = 0;
    next.callback();
    return true;
  };
  return { clock, fireNext, setNow: (value: number) => (now = value) };
};

describe('the discussion timer on the server', () => {
  it('still expires when the platform timer fires a moment before the deadline', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget'] });
    const { clock, fireNext, setNow } = earlyClock();
    setNow(m.now);
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    const expired: unknown[] = [];
    const timer = new ExpiryTimer(clock, (command) => expired.push(command));

    timer.update(m.state);
    expect(fireNext()).toBe(true);
    expect(expired).toEqual([]);
    expect(timer.isArmed).toBe(true);
    expect(fireNext()).toBe(true);
    expect(expired).toEqual([{ type: 'timer:expire', topicId: topicIds[0], round: 0 }]);
  });
});

describe('the timers of several tables on the server', () => {
  it('arms the earliest table timer, then the next one once that expired', () => {
    const { m } = meeting({ participants: 4, phase: 'discuss', topics: ['A', 'B'] });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'choose' });
    const [first = '', second = ''] = m.state.tables?.order ?? [];
    m.ok('facilitator', { type: 'tables:pull', tableId: first });
    m.ok('facilitator', { type: 'tables:pull', tableId: second });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    const b = m.state.tables?.tables[second]?.queue[0] ?? '';
    m.ok('facilitator', { type: 'discussion:start', tableId: first, topicId: a, minutes: 5 });
    m.ok('facilitator', { type: 'discussion:start', tableId: second, topicId: b, minutes: 2 });
    const { clock, fireNext, setNow } = earlyClock();
    setNow(m.now);
    const expired: unknown[] = [];
    const timer = new ExpiryTimer(clock, (command) => expired.push(command));

    timer.update(m.state);
    while (expired.length === 0) fireNext();
    expect(expired).toEqual([{ type: 'timer:expire', topicId: b, round: 0, tableId: second }]);
    m.advance(2 * 60_000);
    m.system({ type: 'timer:expire', topicId: b, round: 0, tableId: second });
    timer.update(m.state);
    expect(timer.isArmed).toBe(true);
    fireNext();
    expect(expired[1]).toEqual({ type: 'timer:expire', topicId: a, round: 0, tableId: first });
  });
});

describe('the discussion timer after each commit', () => {
  it('keeps the armed expiry while a commit leaves the discussion alone', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget'] });
    const topicId = topicIds[0] as string;
    const { clock, setNow } = earlyClock();
    setNow(m.now);
    let armings = 0;
    const counting: Clock = {
      ...clock,
      setTimer: (...args) => {
        armings += 1;
        return clock.setTimer(...args);
      },
    };
    const timer = new ExpiryTimer(counting, () => {});
    m.ok('facilitator', { type: 'discussion:start', topicId });
    timer.update(m.state);
    m.ok('facilitator', { type: 'item:add', topicId, kind: 'note', text: 'cheaper hosting' });
    timer.update(m.state);
    expect(armings).toBe(1);
    expect(timer.isArmed).toBe(true);
  });

  it('follows a paused, resumed and newly set timer (never an earlier state’s)', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget'] });
    const { clock, fireNext, setNow } = earlyClock();
    const expired: unknown[] = [];
    const timer = new ExpiryTimer(clock, (command) => expired.push(command));
    setNow(m.now);
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    timer.update(m.state);
    m.ok('facilitator', { type: 'timer:pause' });
    timer.update(m.state);
    expect(timer.isArmed).toBe(false);
    m.ok('facilitator', { type: 'timer:resume' });
    timer.update(m.state);
    expect(timer.isArmed).toBe(true);
    m.ok('facilitator', { type: 'timer:set', seconds: 30 });
    timer.update(m.state);
    const deadline = m.now + 30_000;
    while (expired.length === 0 && fireNext());
    expect(expired).toEqual([{ type: 'timer:expire', topicId: topicIds[0], round: 0 }]);
    expect(clock.now()).toBe(deadline);
  });
});
