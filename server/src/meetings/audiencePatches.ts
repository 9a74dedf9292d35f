/**
 * One commit's change of the public view as each audience sees it (see shared `audiences.ts`):
 * every audience gets a patch with the commit's sequence numbers, empty when its part did not
 * change, so each client still sees an unbroken chain and finds a gap as before. The audiences of
 * both states are covered: a socket still in a room that the commit closed gets its patch there,
 * and is then moved (in a cluster first by the committing node, see `audienceMoves.ts`; with a
 * snapshot by its own node).
 */
import {
  ALL_AUDIENCE,
  type AudienceKey,
  audiencesOf,
  diff,
  type MeetingState,
  type Projection,
  type ViewPatch,
  viewFor,
} from '@percolate/shared';
import { type AudienceMove, audienceMoves } from './audienceMoves.js';

export interface AudiencePatches {
  from: number;
  to: number;
  byAudience: ReadonlyMap<AudienceKey, ViewPatch>;
  /** Someone's audience changed: their catch-up across this commit takes a snapshot. */
  moved: boolean;
  /** Whose sockets the commit moved, and where to (empty when `moved` is false). */
  moves: readonly AudienceMove[];
}

/** The audiences of either state: 'all' alone while no tables run in both. */
const audiencesOfBoth = (prev: MeetingState, next: MeetingState): Iterable<AudienceKey> =>
  prev.tables === null && next.tables === null
    ? [ALL_AUDIENCE]
    : new Set([...audiencesOf(prev), ...audiencesOf(next)]);

/** `next.view` was projected from `prev`, so the parts they share are the same objects. */
export const audiencePatches = (prev: Projection, next: Projection): AudiencePatches => {
  const from = prev.state.seq;
  const to = next.state.seq;
  const byAudience = new Map<AudienceKey, ViewPatch>();
  for (const audience of audiencesOfBoth(prev.state, next.state)) {
    const ops = diff(viewFor(prev.view, audience), viewFor(next.view, audience, prev.view));
    byAudience.set(audience, { from, to, ops });
  }
  const moves = audienceMoves(prev.state, next.state);
  return { from, to, byAudience, moved: moves.length > 0, moves };
};

/**
 * The audiences whose patches are alike (most often empty: a table's work leaves the other tables'
 * parts as they were), so each group goes out as one emit to its rooms: one Redis publish instead
 * of one per audience.
 */
export const alikePatches = (
  patches: AudiencePatches,
): { audiences: AudienceKey[]; patch: ViewPatch }[] => {
  if (patches.byAudience.size === 1) {
    return [...patches.byAudience].map(([audience, patch]) => ({ audiences: [audience], patch }));
  }
  const groups = new Map<string, { audiences: AudienceKey[]; patch: ViewPatch }>();
  for (const [audience, patch] of patches.byAudience) {
    const ops = patch.ops.length === 0 ? '' : JSON.stringify(patch.ops);
    const group = groups.get(ops);
    if (group) group.audiences.push(audience);
    else groups.set(ops, { audiences: [audience], patch });
  }
  return [...groups.values()];
};
