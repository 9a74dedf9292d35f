import type { ParticipantId } from '@percolate/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LIST_GOES_AT_ONCE_UP_TO,
  presenceThrottle,
} from '../../server/src/realtime/presenceThrottle.js';

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

  it("sends a join's list at once when the window is closed, and opens one", () => {
    throttle.membershipChanged('m1', ids('a'));
    expect(sent).toEqual([['m1', ids('a')]]);
    notify('m1', ids('a', 'b'));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m1', ids('a', 'b')],
    ]);
  });

  it("sends a short join's list at once inside a window and drops the older pending one", () => {
    notify('m1', ids('a'));
    notify('m1', ids('a', 'b'));
    throttle.membershipChanged('m1', ids('a', 'b', 'c'));
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m1', ids('a', 'b', 'c')],
    ]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2);
  });

  it("still sends a change that comes after the join's list, in the same window", () => {
    notify('m1', ids('a'));
    throttle.membershipChanged('m1', ids('a', 'b'));
    notify('m1', ids('b'));
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([
      ['m1', ids('a')],
      ['m1', ids('a', 'b')],
      ['m1', ids('b')],
    ]);
  });

  it('paces a long list in a window like any change: a join storm in a big room', () => {
    const many = (count: number) => ids(...Array.from({ length: count }, (_, i) => `p${i}`));
    notify('m1', many(LIST_GOES_AT_ONCE_UP_TO));
    for (
      let count = LIST_GOES_AT_ONCE_UP_TO + 1;
      count < LIST_GOES_AT_ONCE_UP_TO + 40;
      count += 1
    ) {
      throttle.membershipChanged('m1', many(count));
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sent.map(([, online]) => online.length)).toEqual([
      LIST_GOES_AT_ONCE_UP_TO,
      LIST_GOES_AT_ONCE_UP_TO + 39,
    ]);
  });
});
