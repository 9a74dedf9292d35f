/** The last commits' patches per audience: a catch-up by patches within one audience, else null. */
import { ALL_AUDIENCE, tableAudience, type ViewPatch } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import type { AudiencePatches } from '../../server/src/meetings/audiencePatches.js';
import { PatchHistory } from '../../server/src/meetings/patchHistory.js';

const AT_A = tableAudience('a');

const commit = (from: number, moved = false): AudiencePatches => {
  const patch = (audience: string): ViewPatch => ({
    from,
    to: from + 1,
    ops: [{ op: 'replace', path: ['summary'], value: `${audience} ${from}` }],
  });
  return {
    from,
    to: from + 1,
    byAudience: new Map([ALL_AUDIENCE, AT_A].map((audience) => [audience, patch(audience)])),
    moved,
  };
};

describe('the patch history', () => {
  it('gives an audience its own patches, nothing when caught up, null when too old', () => {
    const history = new PatchHistory(3);
    for (const from of [1, 2, 3, 4]) history.add(commit(from));
    expect(history.since(2, 5, AT_A)?.map((patch) => patch.ops[0])).toEqual([
      { op: 'replace', path: ['summary'], value: `${AT_A} 2` },
      { op: 'replace', path: ['summary'], value: `${AT_A} 3` },
      { op: 'replace', path: ['summary'], value: `${AT_A} 4` },
    ]);
    expect(history.since(5, 5, AT_A)).toEqual([]);
    expect(history.since(1, 5, AT_A)).toBeNull();
    expect(history.since(6, 5, AT_A)).toBeNull();
  });

  it('answers null across a commit that moved someone, or for an audience it never had', () => {
    const history = new PatchHistory(10);
    history.add(commit(1));
    history.add(commit(2, true));
    history.add(commit(3));
    expect(history.since(1, 4, ALL_AUDIENCE)).toBeNull();
    expect(history.since(3, 4, ALL_AUDIENCE)).toHaveLength(1);
    expect(history.since(3, 4, tableAudience('b'))).toBeNull();
  });
});
