import { applyPatch, diff, type PatchOp } from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Views never carry these keys (their record keys are server-made ids); applyPatch ignores them on purpose.
const pollutingKey = /"(__proto__|constructor|prototype)":/;
const json = fc
  .jsonValue({ maxDepth: 4 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => !pollutingKey.test(JSON.stringify(value)));

describe('view patches', () => {
  it('turns any JSON value into any other', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(applyPatch(a, diff(a, b))).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('never changes the document it is applied to', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const before = structuredClone(a);
        applyPatch(a, diff(a, b));
        expect(a).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('is empty between equal values', () => {
    fc.assert(
      fc.property(json, (a) => {
        expect(diff(a, structuredClone(a))).toEqual([]);
      }),
    );
  });

  it('touches only what changed', () => {
    const prev = {
      phase: 'vote',
      topics: [
        { id: 't1', dots: 1 },
        { id: 't2', dots: 0 },
      ],
    };
    const next = {
      phase: 'vote',
      topics: [
        { id: 't1', dots: 2 },
        { id: 't2', dots: 0 },
      ],
    };
    expect(diff(prev, next)).toEqual([{ op: 'replace', path: ['topics', 0, 'dots'], value: 2 }]);
  });

  it('sends only the new entry when a list grows at the end', () => {
    const prev = { topics: [{ id: 't1' }, { id: 't2' }] };
    const next = { topics: [{ id: 't1' }, { id: 't2' }, { id: 't3' }] };
    expect(diff(prev, next)).toEqual([{ op: 'add', path: ['topics', 2], value: { id: 't3' } }]);
  });

  it('removes from the end when a list shrinks there', () => {
    expect(diff([1, 2, 3, 4], [1, 2])).toEqual([
      { op: 'remove', path: [3] },
      { op: 'remove', path: [2] },
    ]);
  });

  it('replaces the whole list when most of it shifted', () => {
    expect(diff(['a', 'b', 'c', 'd'], ['b', 'c', 'd'])).toEqual([
      { op: 'replace', path: [], value: ['b', 'c', 'd'] },
    ]);
  });

  it('adds and removes object keys', () => {
    expect(diff({ a: 1 }, { b: 2 })).toEqual([
      { op: 'remove', path: ['a'] },
      { op: 'add', path: ['b'], value: 2 },
    ]);
  });

  it('keeps an object that changed one key in place and names only that key', () => {
    const prev = { a: 1, b: { c: 'x', d: 'y' }, e: [1] };
    expect(diff(prev, { ...prev, b: { c: 'x', d: 'z' } })).toEqual([
      { op: 'replace', path: ['b', 'd'], value: 'z' },
    ]);
  });

  it('finds the changes of an object whose keys came in another order', () => {
    expect(diff({ a: 1, b: 2, c: 3 }, { c: 3, b: 4, a: 1 })).toEqual([
      { op: 'replace', path: ['b'], value: 4 },
    ]);
    expect(diff({ a: 1, b: 2 }, { b: 2, c: 3 })).toEqual([
      { op: 'remove', path: ['a'] },
      { op: 'add', path: ['c'], value: 3 },
    ]);
  });

  it('ignores ops that would reach an object prototype', () => {
    const hostile: PatchOp[] = [
      { op: 'add', path: ['__proto__', 'polluted'], value: true },
      { op: 'replace', path: ['constructor', 'prototype', 'polluted'], value: true },
      { op: 'add', path: ['prototype'], value: 1 },
    ];
    const result = applyPatch({ a: 1 }, hostile);
    expect(result).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws on a path that does not exist, so the client can ask for a snapshot', () => {
    expect(() => applyPatch({ a: 1 }, [{ op: 'replace', path: ['b', 'c'], value: 1 }])).toThrow();
    expect(() => applyPatch([1], [{ op: 'replace', path: [5], value: 1 }])).toThrow();
  });
});
