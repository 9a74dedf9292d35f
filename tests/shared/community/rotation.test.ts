import { nextFacilitator } from '@percolate/shared';
import { describe, expect, it } from 'vitest';

describe('who facilitates next', () => {
  it('suggests the first in the rotation when nobody has facilitated yet', () => {
    expect(nextFacilitator(['ana', 'ben', 'cem'], [])).toBe('ana');
  });

  it('suggests the member after the one who facilitated last', () => {
    expect(nextFacilitator(['ana', 'ben', 'cem'], ['ana'])).toBe('ben');
    expect(nextFacilitator(['ana', 'ben', 'cem'], ['ana', 'ben'])).toBe('cem');
  });

  it('wraps around to the start after the last member', () => {
    expect(nextFacilitator(['ana', 'ben', 'cem'], ['ana', 'ben', 'cem'])).toBe('ana');
  });

  it('skips members who left the community', () => {
    const left = new Set(['ben']);
    expect(nextFacilitator(['ana', 'ben', 'cem'], ['ana'], (id) => left.has(id))).toBe('cem');
  });

  it('still knows whose turn it is when the last facilitator has left', () => {
    const left = new Set(['ben']);
    expect(nextFacilitator(['ana', 'ben', 'cem'], ['ben'], (id) => left.has(id))).toBe('cem');
  });

  it('follows the rotation after the organiser reorders it', () => {
    expect(nextFacilitator(['cem', 'ana', 'ben'], ['ana'])).toBe('ben');
    expect(nextFacilitator(['cem', 'ana', 'ben'], ['ben'])).toBe('cem');
  });

  it('goes by the latest past facilitator still in the rotation', () => {
    expect(nextFacilitator(['ana', 'ben'], ['ana', 'dora'])).toBe('ben');
  });

  it('suggests nobody when the rotation is empty or everyone in it left', () => {
    expect(nextFacilitator([], ['ana'])).toBeNull();
    expect(nextFacilitator(['ana'], [], () => true)).toBeNull();
  });
});
