import { describe, expect, it } from 'vitest';
import { DeliveryLog } from './deliveryLog.js';

const logOf = (...ranges: [from: number, to: number][]) => {
  const log = new DeliveryLog();
  ranges.forEach(([from, to], index) => {
    log.record(from, to, index);
  });
  return log;
};

describe('a client’s delivery log', () => {
  it('counts neither gaps nor doubles when every broadcast follows the last', () => {
    const log = logOf([0, 3], [3, 4], [4, 7]);
    expect({ last: log.last, gaps: log.gaps, doubled: log.doubled }).toEqual({
      last: 7,
      gaps: 0,
      doubled: 0,
    });
  });

  it('counts a gap when a broadcast skips sequence numbers that never arrive', () => {
    const log = logOf([0, 3], [4, 5]);
    expect({ gaps: log.gaps, overtaken: log.overtaken, doubled: log.doubled }).toEqual({
      gaps: 1,
      overtaken: 0,
      doubled: 0,
    });
  });

  it('counts a broadcast overtaken, not a gap, when the skipped numbers arrive after all', () => {
    const log = logOf([0, 3], [5, 6], [3, 5], [6, 7]);
    expect({
      last: log.last,
      gaps: log.gaps,
      overtaken: log.overtaken,
      doubled: log.doubled,
    }).toEqual({
      last: 7,
      gaps: 0,
      overtaken: 1,
      doubled: 0,
    });
    // Each number is timed by its own arrival: 4 and 5 came with the third broadcast.
    expect([log.arrivalOf(4), log.arrivalOf(5), log.arrivalOf(6)]).toEqual([2, 2, 1]);
  });

  it('keeps a gap open while only part of it arrives, and counts the repeat of the rest', () => {
    const log = logOf([0, 3], [6, 7], [3, 4], [3, 4]);
    expect({ gaps: log.gaps, overtaken: log.overtaken, doubled: log.doubled }).toEqual({
      gaps: 1,
      overtaken: 0,
      doubled: 1,
    });
  });

  it('counts a broadcast received twice as doubled', () => {
    const log = logOf([0, 3], [3, 4], [3, 4], [4, 5]);
    expect({ last: log.last, gaps: log.gaps, doubled: log.doubled }).toEqual({
      last: 5,
      gaps: 0,
      doubled: 1,
    });
  });

  it('counts a broadcast overlapping what arrived before as doubled', () => {
    const log = logOf([0, 3], [2, 5]);
    expect({ last: log.last, gaps: log.gaps, doubled: log.doubled }).toEqual({
      last: 5,
      gaps: 0,
      doubled: 1,
    });
  });

  it('times a sequence number by its first arrival, not by a repeat', () => {
    const log = logOf([0, 3], [3, 4], [3, 4]);
    expect(log.arrivalOf(4)).toBe(1);
  });

  it('takes a snapshot as covering everything up to its sequence', () => {
    const log = new DeliveryLog();
    log.record(log.last, 10, 0);
    log.record(10, 11, 1);
    expect({ last: log.last, gaps: log.gaps, doubled: log.doubled }).toEqual({
      last: 11,
      gaps: 0,
      doubled: 0,
    });
  });
});
