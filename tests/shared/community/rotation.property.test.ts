import { nextFacilitator } from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const rotations = fc.uniqueArray(fc.constantFrom('ana', 'ben', 'cem', 'dora', 'emil', 'fe'), {
  minLength: 1,
});

/** Suggests and records `count` facilitators in a row, as scheduling meetings does. */
const turns = (rotation: string[], count: number, hasLeft: (id: string) => boolean) => {
  const past: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = nextFacilitator(rotation, past, hasLeft);
    if (next === null) break;
    past.push(next);
  }
  return past;
};

describe('the rotation over many meetings', () => {
  it('lets every remaining member facilitate once before anyone facilitates twice', () => {
    fc.assert(
      fc.property(rotations, fc.array(fc.boolean()), fc.nat(20), (rotation, leftFlags, count) => {
        const left = new Set<string>(rotation.filter((_, index) => leftFlags[index] === true));
        const remaining = rotation.filter((id) => !left.has(id));
        const past = turns(rotation, count, (id) => left.has(id));

        expect(past.every((id) => !left.has(id))).toBe(true);
        for (let start = 0; start + remaining.length <= past.length; start += 1) {
          const window = past.slice(start, start + remaining.length);
          expect(new Set(window).size).toBe(remaining.length);
        }
        if (remaining.length === 0) expect(past).toEqual([]);
      }),
    );
  });
});
