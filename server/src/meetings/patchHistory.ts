/** The last patches of a meeting's public view, so a client that missed a few catches up by patches. */
import type { ViewPatch } from '@percolate/shared';

export class PatchHistory {
  private readonly patches: ViewPatch[] = [];

  constructor(private readonly capacity: number) {}

  add(patch: ViewPatch): void {
    this.patches.push(patch);
    if (this.patches.length > this.capacity) this.patches.shift();
  }

  /**
   * The patches from `since` to `currentSeq`, or null when they are no longer (or never were)
   * here and the client needs a snapshot.
   */
  since(since: number, currentSeq: number): ViewPatch[] | null {
    if (since === currentSeq) return [];
    if (since > currentSeq) return null;
    const start = this.patches.findIndex((patch) => patch.from === since);
    if (start === -1) return null;
    return this.patches.slice(start);
  }
}
