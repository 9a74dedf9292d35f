/**
 * Whose sockets one commit moves between audiences (see shared `audiences.ts`). Every node moves
 * its own sockets by them (`seats.ts`); in a cluster the committing node names them in its
 * announcement, which the adapter carries in order with its patches: a socket moved away from a
 * table must not receive that table's next patch, and its own node may not have followed the
 * commit yet.
 *
 * A viewer is named by its participant token (the sockets of that token without the facilitator
 * key: the key's holders are always in 'all' and never move); sockets whose token is no
 * participant's are "guests", who move only when tables start or end.
 */
import { type AudienceKey, audienceOf, audiencesMoved, type MeetingState } from '@percolate/shared';
import type { ViewerIdentity } from './connections.js';
import { audienceOfViewer } from './viewerAudience.js';

export type Movers =
  /** The sockets of these participant tokens (without the key). */
  | { kind: 'viewers'; tokenHashes: string[] }
  /** Every socket without the key whose token is none of these participants'. */
  | { kind: 'guests'; participantTokens: string[] };

export interface AudienceMove {
  movers: Movers;
  to: AudienceKey;
}

const guestAudience = (state: MeetingState): AudienceKey =>
  audienceOf(state, { participantId: null, hasFacilitatorKey: false });

export const audienceMoves = (prev: MeetingState, next: MeetingState): AudienceMove[] => {
  if (!audiencesMoved(prev, next)) return [];
  const byTarget = new Map<AudienceKey, string[]>();
  const tokens = new Set([
    ...Object.keys(prev.participantByTokenHash),
    ...Object.keys(next.participantByTokenHash),
  ]);
  for (const tokenHash of tokens) {
    const viewer = { tokenHash, hasFacilitatorKey: false };
    const to = audienceOfViewer(next, viewer);
    if (audienceOfViewer(prev, viewer) === to) continue;
    const movers = byTarget.get(to);
    if (movers) movers.push(tokenHash);
    else byTarget.set(to, [tokenHash]);
  }
  const moves: AudienceMove[] = [...byTarget].map(([to, tokenHashes]) => ({
    movers: { kind: 'viewers', tokenHashes },
    to,
  }));
  const guestsTo = guestAudience(next);
  if (guestAudience(prev) !== guestsTo) {
    const participantTokens = Object.keys(next.participantByTokenHash);
    moves.push({
      movers: { kind: 'guests', participantTokens },
      to: guestsTo,
    });
  }
  return moves;
};

/** Where `moves` take a viewer's sockets, or null when they stay (key holders always do). */
export const destinationOf = (
  moves: readonly AudienceMove[],
  identity: ViewerIdentity,
): AudienceKey | null => {
  if (identity.hasFacilitatorKey) return null;
  for (const { movers, to } of moves) {
    const moved =
      movers.kind === 'viewers'
        ? movers.tokenHashes.includes(identity.tokenHash)
        : !movers.participantTokens.includes(identity.tokenHash);
    if (moved) return to;
  }
  return null;
};

/** Whether a viewer's sockets are among the movers. */
export const movesViewer = (moves: readonly AudienceMove[], identity: ViewerIdentity): boolean =>
  destinationOf(moves, identity) !== null;
