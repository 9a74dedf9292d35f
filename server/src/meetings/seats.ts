/**
 * Which audience each socket on this node is in (its room), computed from the committed state:
 * every node places its own sockets after each commit it applies, its own or another node's, so
 * no membership message between nodes can be lost or arrive out of order.
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
  from: AudienceKey;
  to: AudienceKey;
}

export class Seats {
  private readonly sockets = new Map<string, { identity: ViewerIdentity; audience: AudienceKey }>();

  /** Places a new socket; returns its audience. */
  add(socketId: string, identity: ViewerIdentity, state: MeetingState): AudienceKey {
    const audience = audienceOfViewer(state, identity);
    this.sockets.set(socketId, { identity, audience });
    return audience;
  }

  remove(socketId: string): void {
    this.sockets.delete(socketId);
  }

  /** The sockets whose audience the state changed (and now counts as changed). */
  reseat(state: MeetingState): Move[] {
    const moves: Move[] = [];
    for (const [socketId, seat] of this.sockets) {
      const audience = audienceOfViewer(state, seat.identity);
      if (audience === seat.audience) continue;
      moves.push({ socketId, identity: seat.identity, from: seat.audience, to: audience });
      seat.audience = audience;
    }
    return moves;
  }
}
