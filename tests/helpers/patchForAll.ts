import { ALL_AUDIENCE, type ViewPatch } from '@percolate/shared';
import type { AudiencePatches } from '../../server/src/meetings/audiencePatches.js';

/** A commit's patch of the whole view (the one moderators get), for tests of one table meetings. */
export const patchForAll = (patches: AudiencePatches): ViewPatch => {
  const patch = patches.byAudience.get(ALL_AUDIENCE);
  if (!patch) throw new Error(`no patch for everyone from ${patches.from} to ${patches.to}`);
  return patch;
};
