/**
 * A `meeting:patch` message: the patch first, then the online list it may carry (a join's), which
 * is the server's latest unless the patch was one already applied.
 */
import type { ParticipantId, ViewPatch } from '@percolate/shared';
import type { PatchResult, RealtimeSink } from '../store/transport.js';

export const receivePatchMessage = (
  sink: Pick<RealtimeSink, 'receivePatch' | 'setOnline'>,
  patch: ViewPatch,
  online: ParticipantId[] | undefined,
): PatchResult => {
  const outcome = sink.receivePatch(patch);
  // Even after a gap the list is current (the missing patches follow, or a sync brings them).
  if (online && outcome !== 'stale') sink.setOnline(online);
  return outcome;
};
