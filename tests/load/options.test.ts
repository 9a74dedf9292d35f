import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';

describe('bench options', () => {
  it('warms up with 10 rooms unless told otherwise', () => {
    expect(parseOptions([])).toMatchObject({ warmupRooms: 10, rooms: 50, participants: 20 });
  });

  it('measures a cold start with --warmup 0', () => {
    expect(parseOptions(['--warmup', '0'])).toMatchObject({ warmupRooms: 0 });
  });

  it('refuses a negative or fractional count', () => {
    expect(() => parseOptions(['--warmup=-1'])).toThrow(/--warmup must be a non-negative integer/);
    expect(parseOptions(['--warmup', '00'])).toMatchObject({ warmupRooms: 0 });
    expect(() => parseOptions(['--rooms', '2.5'])).toThrow(/--rooms must be/);
  });
});
