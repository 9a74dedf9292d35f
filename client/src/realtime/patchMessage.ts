/**
 * A `meeting:patch` message: the patch first, then the online list it may carry (a join's), which
 * is the server's latest unless the patch was one already applied. Says whether to sync.
 */
import type { ParticipantId, ViewPatch } from '@percolate/shared';
import type { RealtimeSink } from '../store/transport.js';

export const receivePatchMessage = (
  sink: Pick<RealtimeSink, 'receivePatch' | 'setOnline'>,
  patch: ViewPatch,
  online: ParticipantId[] | undefined,
): 'sync' | 'done' => {
  const outcome = sink.receivePatch(patch);
  // Even after a gap the list is current (the sync brings the missing patches).
  if (online && outcome !== 'stale') sink.setOnline(online);
  return outcome === 'gap' ? 'sync' : 'done';
};
