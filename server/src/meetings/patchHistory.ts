/**
 * The last commits' patches of a meeting's public view, per audience, so a client that missed a
 * few catches up by patches.
 */
import type { AudienceKey, ViewPatch } from '@percolate/shared';
import type { AudiencePatches } from './audiencePatches.js';

export class PatchHistory {
  private readonly entries: AudiencePatches[] = [];

  constructor(private readonly capacity: number) {}

  add(entry: AudiencePatches): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /**
   * One audience's patches from `since` to `currentSeq`, or null when they are no longer (or never
   * were) here, or someone changed audience on the way (the client may have been in another
   * audience then): the client needs a snapshot.
   */
  since(since: number, currentSeq: number, audience: AudienceKey): ViewPatch[] | null {
    if (since === currentSeq) return [];
    if (since > currentSeq) return null;
    const start = this.entries.findIndex((entry) => entry.from === since);
    if (start === -1) return null;
    const patches: ViewPatch[] = [];
    for (const entry of this.entries.slice(start)) {
      const patch = entry.byAudience.get(audience);
      if (entry.moved || !patch) return null;
      patches.push(patch);
    }
    return patches;
  }
}
