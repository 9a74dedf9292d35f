/** The last commits' patches per audience: a catch-up by patches within one audience, else null. */
import { ALL_AUDIENCE, type PatchOp, tableAudience, type ViewPatch } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import type { AudienceMove } from '../../server/src/meetings/audienceMoves.js';
import type { AudiencePatches } from '../../server/src/meetings/audiencePatches.js';
import { PatchHistory } from '../../server/src/meetings/patchHistory.js';

const AT_A = tableAudience('a');
const SEATED = { tokenHash: 'seated', hasFacilitatorKey: false };
const OTHER = { tokenHash: 'other', hasFacilitatorKey: false };
const KEY = { tokenHash: 'seated', hasFacilitatorKey: true };

/** 'seated' moved to table A. */
const SEATED_MOVED: AudienceMove = {
  movers: { kind: 'viewers', tokenHashes: ['seated'] },
  to: AT_A,
};

const commit = (from: number, moves: AudienceMove[] = []): AudiencePatches => {
  const patch = (audience: string): ViewPatch => ({
    from,
    to: from + 1,
    ops: [{ op: 'replace', path: ['summary'], value: `${audience} ${from}` }],
  });
  return {
    from,
    to: from + 1,
    byAudience: new Map([ALL_AUDIENCE, AT_A].map((audience) => [audience, patch(audience)])),
    moved: moves.length > 0,
    moves,
  };
};

describe('the patch history', () => {
  it('gives an audience its own patches, nothing when caught up, null when too old', () => {
    const history = new PatchHistory(3);
    for (const from of [1, 2, 3, 4]) history.add(commit(from));
    expect(history.since(2, 5, AT_A, SEATED)?.map((patch) => patch.ops[0])).toEqual([
      { op: 'replace', path: ['summary'], value: `${AT_A} 2` },
      { op: 'replace', path: ['summary'], value: `${AT_A} 3` },
      { op: 'replace', path: ['summary'], value: `${AT_A} 4` },
    ]);
    expect(history.since(5, 5, AT_A, SEATED)).toEqual([]);
    expect(history.since(1, 5, AT_A, SEATED)).toBeNull();
    expect(history.since(6, 5, AT_A, SEATED)).toBeNull();
  });

  it('answers null across a commit that moved the viewer, or for an audience it never had', () => {
    const history = new PatchHistory(10);
    history.add(commit(1));
    history.add(commit(2, [SEATED_MOVED]));
    history.add(commit(3));
    expect(history.since(1, 4, ALL_AUDIENCE, SEATED)).toBeNull();
    expect(history.since(3, 4, ALL_AUDIENCE, SEATED)).toHaveLength(1);
    expect(history.since(3, 4, tableAudience('b'), SEATED)).toBeNull();
  });

  it('gives patches across a move to a viewer it did not move, and to a key holder', () => {
    const history = new PatchHistory(10);
    history.add(commit(1));
    history.add(commit(2, [SEATED_MOVED]));
    expect(history.since(1, 3, AT_A, OTHER)).toHaveLength(2);
    expect(history.since(1, 3, ALL_AUDIENCE, KEY)).toHaveLength(2);
  });

  it('gives back each op as it was added, with its commit sequence numbers', () => {
    const history = new PatchHistory(10);
    const ops: PatchOp[] = [
      { op: 'add', path: ['topics', 3], value: { id: 't', title: 'Ünïcode "quoted"', votes: 0 } },
      { op: 'remove', path: ['items', 'n1'] },
      { op: 'replace', path: ['timer'], value: null },
    ];
    history.add({
      from: 7,
      to: 9,
      byAudience: new Map([
        [ALL_AUDIENCE, { from: 7, to: 9, ops }],
        [AT_A, { from: 7, to: 9, ops: [] }],
      ]),
      moved: false,
      moves: [],
    });
    expect(history.since(7, 9, ALL_AUDIENCE, SEATED)).toEqual([{ from: 7, to: 9, ops }]);
    expect(history.since(7, 9, AT_A, SEATED)).toEqual([{ from: 7, to: 9, ops: [] }]);
  });

  it('counts everyone who is no participant as moved when guests move', () => {
    const history = new PatchHistory(10);
    history.add(
      commit(1, [{ movers: { kind: 'guests', participantTokens: ['seated'] }, to: AT_A }]),
    );
    expect(history.since(1, 2, AT_A, OTHER)).toBeNull();
    expect(history.since(1, 2, AT_A, SEATED)).toHaveLength(1);
  });
});
