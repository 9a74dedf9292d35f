/** The answers a retried command gets again: the first one, as it was, while it is recent. */
import { ErrorCode } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../server/src/meetings/recentAnswers.js';

describe('the recent answers of a meeting', () => {
  it('gives a retry the first answer, accepted or refused', () => {
    const recent = new RecentAnswers();
    const refused = {
      ok: false,
      error: { code: ErrorCode.VoteBudgetExhausted, message: 'no dots left' },
    } as const;
    recent.remember('a', { ok: true, seq: 12 });
    recent.remember('b', refused);
    expect(recent.get('a')).toEqual({ ok: true, seq: 12 });
    expect(recent.get('b')).toEqual(refused);
    expect(recent.get('c')).toBeUndefined();
  });

  it('forgets the oldest answer beyond its capacity', () => {
    const recent = new RecentAnswers(2);
    recent.remember('a', { ok: true, seq: 1 });
    recent.remember('b', { ok: true, seq: 2 });
    recent.remember('c', { ok: true, seq: 3 });
    expect(recent.get('a')).toBeUndefined();
    expect(recent.get('b')).toEqual({ ok: true, seq: 2 });
    expect(recent.get('c')).toEqual({ ok: true, seq: 3 });
  });
});
