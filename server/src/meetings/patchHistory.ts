/**
 * The last commits' patches of a meeting's public view, per audience, so a client that missed a
 * few catches up by patches.
 */
import type { AudienceKey, ViewPatch } from '@percolate/shared';
import { movesViewer } from './audienceMoves.js';
import type { AudiencePatches } from './audiencePatches.js';
import type { ViewerIdentity } from './connections.js';

export class PatchHistory {
  private readonly entries: AudiencePatches[] = [];

  constructor(private readonly capacity: number) {}

  add(entry: AudiencePatches): void {
    this.entries.push(entry);
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
      const patch = entry.byAudience.get(audience);
      if (!patch || (entry.moved && movesViewer(entry.moves, identity))) return null;
      patches.push(patch);
    }
    return patches;
  }
}
