import type { ViewPatch } from '@percolate/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GAP_GRACE_MS, gapSync } from '../../client/src/realtime/gapSync.js';
import type { PatchResult } from '../../client/src/store/transport.js';

const patch = (from: number, to = from + 1): ViewPatch => ({ from, to, ops: [] });

/** A view at `seq` that takes a patch only when it continues the sequence, and a server. */
const setUp = (start: number) => {
  let seq = start;
  const applied: number[] = [];
  /** The server's answer to a sync: brings the view to this seq (null: the answer never comes). */
  let answerUpTo: number | null = null;
  let answer: () => void = () => {};
  const syncs: number[] = [];
  const gaps = gapSync({
    receive: (next): PatchResult => {
      if (next.to <= seq) return 'stale';
      if (next.from !== seq) return 'gap';
      seq = next.to;
      applied.push(next.to);
      return 'applied';
    },
    sync: () => {
      syncs.push(seq);
      return new Promise<void>((resolve) => {
        answer = () => {
          if (answerUpTo !== null) seq = Math.max(seq, answerUpTo);
          resolve();
        };
        if (answerUpTo !== null) answer();
      });
    },
  });
  return {
    gaps,
    applied,
    syncs,
    seq: () => seq,
    /** A snapshot (a reconnect's) replaced the view. */
    snapshotAt: (to: number) => {
      seq = to;
    },
    serverAnswersUpTo: (to: number | null) => {
      answerUpTo = to;
    },
    answer: () => answer(),
  };
};

describe('patches out of sequence', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('applies a patch that continues the sequence, asking nothing', () => {
    const { gaps, applied, syncs } = setUp(5);
    expect(gaps.patch(patch(5))).toBe('applied');
    vi.advanceTimersByTime(GAP_GRACE_MS * 3);
    expect(applied).toEqual([6]);
    expect(syncs).toEqual([]);
  });

  it('waits for a patch that is only late and applies both in order, with no sync', () => {
    const { gaps, applied, syncs } = setUp(5);
    expect(gaps.patch(patch(6))).toBe('gap');
    expect(gaps.patch(patch(7))).toBe('gap');
    vi.advanceTimersByTime(GAP_GRACE_MS / 2);
    gaps.patch(patch(5));
    vi.advanceTimersByTime(GAP_GRACE_MS * 3);
    expect(applied).toEqual([6, 7, 8]);
    expect(syncs).toEqual([]);
  });

  it('asks one sync once the gap stays open past the wait, however many patches came', async () => {
    const { gaps, syncs, seq, serverAnswersUpTo } = setUp(5);
    serverAnswersUpTo(9);
    for (const from of [6, 7, 8]) gaps.patch(patch(from));
    vi.advanceTimersByTime(GAP_GRACE_MS - 1);
    expect(syncs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(syncs).toEqual([5]);
    expect(seq()).toBe(9);
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS * 5);
    expect(syncs).toEqual([5]);
  });

  it('keeps the patches that arrive during a sync and applies them after it', async () => {
    const { gaps, syncs, seq, applied, serverAnswersUpTo, answer } = setUp(5);
    gaps.patch(patch(7));
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS);
    expect(syncs).toEqual([5]);
    // The sync is under way; the stream goes on.
    for (const from of [8, 9, 10]) expect(gaps.patch(patch(from))).toBe('gap');
    serverAnswersUpTo(8);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(seq()).toBe(11);
    expect(applied).toEqual([9, 10, 11]);
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS * 5);
    expect(syncs).toEqual([5]);
  });

  it('asks at most once per wait while patches beyond a gap keep coming', async () => {
    const { gaps, syncs, serverAnswersUpTo } = setUp(5);
    // Every answer leaves a gap before the patches still arriving.
    serverAnswersUpTo(6);
    const waits = 10;
    for (let ms = 0; ms < GAP_GRACE_MS * waits; ms += 1) {
      gaps.patch(patch(100 + ms));
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(syncs.length).toBeGreaterThan(0);
    expect(syncs.length).toBeLessThanOrEqual(waits);
  });

  it('keeps the patches that arrive during a sync after a reconnect', async () => {
    const { gaps, syncs, seq, serverAnswersUpTo, answer } = setUp(5);
    const syncing = gaps.syncNow();
    gaps.patch(patch(8));
    serverAnswersUpTo(8);
    answer();
    await syncing;
    expect(syncs).toEqual([5]);
    expect(seq()).toBe(9);
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS * 3);
    expect(syncs).toEqual([5]);
  });

  it('asks nothing when a snapshot closed the gap during the wait', async () => {
    const { gaps, syncs, snapshotAt } = setUp(5);
    gaps.patch(patch(7));
    snapshotAt(8);
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS * 3);
    expect(syncs).toEqual([]);
  });

  it('forgets what it kept once stopped', async () => {
    const { gaps, syncs } = setUp(5);
    gaps.patch(patch(7));
    gaps.stop();
    await vi.advanceTimersByTimeAsync(GAP_GRACE_MS * 3);
    expect(syncs).toEqual([]);
  });
});
