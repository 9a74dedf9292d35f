import { describe, expect, it } from 'vitest';
import { capacitySearch } from './capacitySearch.js';

/** Plays the search against a server that carries up to `limit` commands/s. */
const play = (startRate: number, limit: number, steps: number) => {
  const search = capacitySearch(startRate);
  const rates: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    const rate = search.next();
    if (rate === null) break;
    rates.push(rate);
    search.record(rate, rate <= limit);
  }
  return { rates, highest: search.highest };
};

describe('the capacity search', () => {
  it('doubles the rate while steps pass, then bisects', () => {
    expect(play(250, 1300, 6)).toEqual({
      rates: [250, 500, 1000, 2000, 1500, 1250],
      highest: 1250,
    });
  });

  it('halves the rate when the first step already fails', () => {
    expect(play(1000, 300, 3)).toEqual({ rates: [1000, 500, 250], highest: 250 });
  });

  it('stops once the failure is within 5 % of the pass', () => {
    const { rates, highest } = play(100, 150, 20);
    expect(rates.length).toBeLessThan(20);
    expect(highest).toBeGreaterThanOrEqual(143);
  });

  it('reports no capacity when nothing passed', () => {
    expect(play(2, 0, 5)).toEqual({ rates: [2, 1], highest: null });
  });
});
