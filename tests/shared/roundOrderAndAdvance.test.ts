import { dueTimer } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../helpers/builders.js';

const timedCheckin = (participants = 3) =>
  meeting({ participants, phase: 'checkin', settings: { checkinSecondsPerPerson: 60 } }).m;

describe('a round that moves on by itself', () => {
  it('passes to the next speaker once the time is up, and ends after the last', () => {
    const m = timedCheckin(1);
    m.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    expect(m.state.speakingRound?.autoAdvance).toBe(true);
    expect(dueTimer(m.state)).toEqual({
      command: { type: 'round:expire', round: 'checkin', index: 0 },
      deadline: m.now + 60_000,
    });
    m.advance(60_000);
    const advanced = m.system({ type: 'round:expire', round: 'checkin', index: 0 });
    expect(advanced).toEqual([
      {
        type: 'round:advanced',
        index: 1,
        timer: { startedAt: m.now, durationMs: 60_000, pausedRemainingMs: null },
      },
    ]);
    m.advance(60_000);
    expect(m.system({ type: 'round:expire', round: 'checkin', index: 1 })).toEqual([
      { type: 'round:ended' },
    ]);
    expect(m.state.speakingRound).toBeNull();
    expect(dueTimer(m.state)).toBeNull();
  });

  it('ignores an early, stale or foreign expiry', () => {
    const m = timedCheckin();
    m.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    m.advance(59_999);
    expect(m.system({ type: 'round:expire', round: 'checkin', index: 0 })).toEqual([]);
    m.advance(1);
    expect(m.system({ type: 'round:expire', round: 'checkin', index: 1 })).toEqual([]);
    expect(m.system({ type: 'round:expire', round: 'closing', index: 0 })).toEqual([]);
    m.ok('facilitator', { type: 'round:next' });
    // The facilitator moved on by hand first: the old speaker's expiry changes nothing.
    expect(m.system({ type: 'round:expire', round: 'checkin', index: 0 })).toEqual([]);
    expect(m.state.speakingRound?.currentIndex).toBe(1);
  });

  it('waits for the facilitator unless asked to move on, and needs a per-person time', () => {
    const m = timedCheckin();
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    expect(m.state.speakingRound?.autoAdvance).toBe(false);
    expect(dueTimer(m.state)).toBeNull();
    m.advance(60_000);
    expect(m.system({ type: 'round:expire', round: 'checkin', index: 0 })).toEqual([]);

    const untimed = meeting({ participants: 2, phase: 'checkin' }).m;
    untimed.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    expect(untimed.state.speakingRound?.autoAdvance).toBe(false);
  });

  it('is only the server’s to issue', () => {
    const m = timedCheckin();
    m.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    m.advance(60_000);
    expect(
      resultCode(
        m.as('facilitator', { type: 'round:expire', round: 'checkin', index: 0 } as never),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('changing the speaking order', () => {
  it('reorders the speakers still to come', () => {
    const m = timedCheckin(3);
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    const [facilitator, p1, p2, p3] = m.state.speakingRound?.order ?? [];
    const order = [facilitator, p3, p1, p2] as string[];
    expect(m.ok('facilitator', { type: 'round:reorder', order })).toEqual([
      { type: 'round:reordered', order },
    ]);
    expect(m.state.speakingRound?.order).toEqual(order);
    expect(m.state.speakingRound?.currentIndex).toBe(0);
  });

  it('keeps who has spoken or speaks in place, and names every speaker once', () => {
    const m = timedCheckin(3);
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    m.ok('facilitator', { type: 'round:next' });
    const [a, b, c, d] = (m.state.speakingRound?.order ?? []) as string[];
    const refused = (order: string[]) =>
      resultCode(m.as('facilitator', { type: 'round:reorder', order }));
    expect(refused([b, a, c, d] as string[])).toBe('INVALID_PAYLOAD');
    expect(refused([a, c, b, d] as string[])).toBe('INVALID_PAYLOAD');
    expect(refused([a, b, d, d] as string[])).toBe('INVALID_PAYLOAD');
    expect(refused([a, b, d] as string[])).toBe('INVALID_PAYLOAD');
    expect(refused([a, b, d, 'stranger'] as string[])).toBe('INVALID_PAYLOAD');
    expect(refused([a, b, d, c] as string[])).toBe('ok');
    expect(m.ok('facilitator', { type: 'round:reorder', order: [a, b, d, c] as string[] })).toEqual(
      [],
    );
  });

  it('needs a running round', () => {
    const m = timedCheckin(1);
    expect(resultCode(m.as('facilitator', { type: 'round:reorder', order: [] }))).toBe('NO_ROUND');
  });
});
