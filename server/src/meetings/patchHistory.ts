/**
 * The last commits' patches of a meeting's public view, per audience, so a client that missed a
 * few catches up by patches.
 *
 * Every commit adds one, a catch-up is rare: each commit's patches are kept as one JSON text (what
 * they cost on the wire), not as the patch objects, whose ops and paths took three times the memory
 * (in the scale bench's meetings of 20, 1.1 KB a commit against 0.37 KB), and flat (see `flatJson`);
 * a catch-up parses the few it sends. The moves are kept only for a commit that moved someone.
 */
import type { AudienceKey, PatchOp, ViewPatch } from '@percolate/shared';
import { type AudienceMove, movesViewer } from './audienceMoves.js';
import type { AudiencePatches } from './audiencePatches.js';
import type { ViewerIdentity } from './connections.js';
import { flatJson } from './flatJson.js';

interface Kept {
  from: number;
  to: number;
  /** Each audience's ops, as JSON of `{ [audience]: PatchOp[] }`. */
  ops: string;
  /** Whose sockets the commit moved; null when it moved nobody. */
  moves: readonly AudienceMove[] | null;
}

export class PatchHistory {
  private readonly entries: Kept[] = [];

  constructor(private readonly capacity: number) {}

  add({ from, to, byAudience, moved, moves }: AudiencePatches): void {
    const ops: Record<AudienceKey, PatchOp[]> = {};
    for (const [audience, patch] of byAudience) ops[audience] = patch.ops;
    this.entries.push({ from, to, ops: flatJson(ops), moves: moved ? moves : null });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /**
   * The patches of a viewer's audience from `since` to `currentSeq`, or null when they are no
   * longer (or never were) here, or the viewer may have changed audience on the way (the client
   * was in another audience then): the client needs a snapshot. A viewer no commit in the range
   * moved (a key holder, someone at a table while others changed seats) was in `audience` all along.
   */
  since(
    since: number,
    currentSeq: number,
    audience: AudienceKey,
    identity: ViewerIdentity,
  ): ViewPatch[] | null {
    if (since === currentSeq) return [];
    if (since > currentSeq) return null;
    const start = this.entries.findIndex((entry) => entry.from === since);
    if (start === -1) return null;
    const patches: ViewPatch[] = [];
    for (const entry of this.entries.slice(start)) {
      if (entry.moves && movesViewer(entry.moves, identity)) return null;
      const byAudience: Record<AudienceKey, PatchOp[]> = JSON.parse(entry.ops);
      const ops = Object.hasOwn(byAudience, audience) ? byAudience[audience] : undefined;
      if (!ops) return null;
      patches.push({ from: entry.from, to: entry.to, ops });
    }
    return patches;
  }
}
