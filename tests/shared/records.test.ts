import { describe, expect, it } from 'vitest';
import { lookup, omitKey, withKey } from '../../shared/src/domain/records.js';

describe('records keyed by ids from clients', () => {
  it('sets an own property for every key, even the ones Object.prototype knows', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'abc']) {
      const record = withKey<number>({ other: 1 }, key, 7);
      expect(Object.hasOwn(record, key)).toBe(true);
      expect(lookup(record, key)).toBe(7);
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record)).toEqual(['other', key]);
    }
  });

  it('never changes the record it copies', () => {
    const record = { a: 1 };
    expect(withKey(record, 'b', 2)).toEqual({ a: 1, b: 2 });
    expect(omitKey(withKey(record, 'b', 2), 'a')).toEqual({ b: 2 });
    expect(record).toEqual({ a: 1 });
  });

  it('finds nothing inherited', () => {
    expect(lookup({}, 'constructor')).toBeUndefined();
    expect(lookup({}, '__proto__')).toBeUndefined();
  });
});
