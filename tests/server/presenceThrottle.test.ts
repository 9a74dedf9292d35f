import type { ParticipantId } from '@percolate/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presenceThrottle } from '../../server/src/realtime/presenceThrottle.js';

const ids = (...names: string[]) => names as ParticipantId[];

describe('presence throttle', () => {
  let sent: [string, ParticipantId[]][];
  let throttle: ReturnType<typeof presenceThrottle>;
  const notify = (meetingId: string, online: ParticipantId[]) =>
    throttle.changed(meetingId, online);

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    throttle = presenceThrottle((meetingId, online) => sent.push([meetingId, online]), 100);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first change at once', () => {
    notify('m1', ids('a'));
    expect(sent).toEqual([['m1', ids('a')]]);
  });

  it('sends the changes of one window as one message with the latest list', () => {
    notify('m1', ids('a'));
    notify('m1', ids('a', 'b'));
    notify('m1', ids('a', 'b', 'c'));
    expect(sent).toHaveLength(1);

    vi.advanceTimersByTime(100);
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m1', ids('a', 'b', 'c')],
    ]);
  });

  it('keeps pacing while changes keep coming, and never drops the last one', () => {
    notify('m1', ids('a'));
    notify('m1', ids('a', 'b'));
    vi.advanceTimersByTime(100);
    notify('m1', ids('b'));
    expect(sent).toHaveLength(2);

    vi.advanceTimersByTime(100);
    expect(sent.at(-1)).toEqual(['m1', ids('b')]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(3);
  });

  it('sends at once again after a quiet window', () => {
    notify('m1', ids('a'));
    vi.advanceTimersByTime(100);
    notify('m1', ids('a', 'b'));
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m1', ids('a', 'b')],
    ]);
  });

  it('paces each meeting on its own', () => {
    notify('m1', ids('a'));
    notify('m2', ids('x'));
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m2', ids('x')],
    ]);
  });

  it('paces a join storm like any change: the first list at once, the latest when the window ends', () => {
    const many = (count: number) => ids(...Array.from({ length: count }, (_, i) => `p${i}`));
    for (let count = 1; count <= 20; count += 1) notify('m1', many(count));
    expect(sent.map(([, online]) => online.length)).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent.map(([, online]) => online.length)).toEqual([1, 20]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2);
  });

  describe('riding with a patch', () => {
    it('lets a list that changed with the patch ride with it, and paces what follows', () => {
      expect(throttle.ridingWith('m1', ids('a'))).toEqual(ids('a'));
      notify('m1', ids('a', 'b'));
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(sent).toEqual([['m1', ids('a', 'b')]]);
    });

    it('takes a list waiting for its window, which then does not go on its own', () => {
      notify('m1', ids('a'));
      notify('m1', ids('a', 'b'));
      expect(throttle.ridingWith('m1')).toEqual(ids('a', 'b'));
      vi.advanceTimersByTime(1_000);
      expect(sent).toEqual([['m1', ids('a')]]);
    });

    it('adds nothing when the list did not change', () => {
      expect(throttle.ridingWith('m1')).toBeNull();
      notify('m1', ids('a'));
      expect(throttle.ridingWith('m1')).toBeNull();
      expect(sent).toEqual([['m1', ids('a')]]);
    });

    it("sends no separate list in a join storm: every join's list rides with its patch", () => {
      const many = (count: number) => ids(...Array.from({ length: count }, (_, i) => `p${i}`));
      const riding = [];
      for (let count = 1; count <= 20; count += 1)
        riding.push(throttle.ridingWith('m1', many(count)));
      vi.advanceTimersByTime(1_000);
      expect(riding.map((online) => online?.length)).toEqual(many(20).map((_, i) => i + 1));
      expect(sent).toEqual([]);
    });
  });
});
