/**
 * Which audience each socket on this node is in (its room), computed from the committed state:
 * every node places its own sockets after each commit it applies, its own or another node's, so
 * no membership message between nodes can be lost or arrive out of order. In a cluster the
 * committing node moves them first (`audienceMoves.ts`); a node places its sockets only from a
 * state at least as new as every commit it heard of, so it never undoes such a move with an older
 * state: until then a new socket waits unplaced (in no audience room).
 */
import {
  type AudienceKey,
  audienceOf,
  type MeetingState,
  participantIdForToken,
} from '@percolate/shared';
import type { ViewerIdentity } from './connections.js';

export const audienceOfViewer = (state: MeetingState, identity: ViewerIdentity): AudienceKey =>
  audienceOf(state, {
    participantId: participantIdForToken(state, identity.tokenHash),
    hasFacilitatorKey: identity.hasFacilitatorKey,
  });

export interface Move {
  socketId: string;
  identity: ViewerIdentity;
  /** null: the socket was not placed yet. */
  from: AudienceKey | null;
  to: AudienceKey;
}

export class Seats {
  private readonly sockets = new Map<
    string,
    { identity: ViewerIdentity; audience: AudienceKey | null }
  >();

  /** Adds a socket; returns its audience, or null when it is left unplaced until `reseat`. */
  add(
    socketId: string,
    identity: ViewerIdentity,
    state: MeetingState,
    place: boolean,
  ): AudienceKey | null {
    const audience = place ? audienceOfViewer(state, identity) : null;
    this.sockets.set(socketId, { identity, audience });
    return audience;
  }

  remove(socketId: string): void {
    this.sockets.delete(socketId);
  }

  /**
   * The sockets whose audience the state changed or who wait unplaced (now placed), and those of
   * the viewers `movedMeanwhile` names even when they ended where they were.
   */
  reseat(state: MeetingState, movedMeanwhile: (identity: ViewerIdentity) => boolean): Move[] {
    const moves: Move[] = [];
    for (const [socketId, seat] of this.sockets) {
      const audience = audienceOfViewer(state, seat.identity);
      if (audience === seat.audience && !movedMeanwhile(seat.identity)) continue;
      moves.push({ socketId, identity: seat.identity, from: seat.audience, to: audience });
      seat.audience = audience;
    }
    return moves;
  }
}
