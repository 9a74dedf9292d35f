/**
 * Which audience each socket on this node is in (its room). A commit's moves reach a node two
 * ways: with the committing node's announcement (through the adapter, in order with its patches)
 * and in the events when the node follows the store. The two can arrive in either order, and a
 * move is not undone by a repeat of an older one: each placement records the commit it is right
 * as of (`placedSeq`), and a move of a commit at or before it is stale and left alone.
 *
 * A socket that is moved, or that joins while this node is behind (it waits unplaced, in no
 * audience room), gets its audience's view from the next `reseat`, which runs only from a state
 * at least as new as every commit the node heard of.
 */
import type { AudienceKey, MeetingState } from '@percolate/shared';
import { type AudienceMove, destinationOf } from './audienceMoves.js';
import type { ViewerIdentity } from './connections.js';
import { audienceOfViewer } from './viewerAudience.js';

export interface Move {
  socketId: string;
  identity: ViewerIdentity;
  /** null: the socket was not placed yet. */
  from: AudienceKey | null;
  to: AudienceKey;
}

interface Seat {
  identity: ViewerIdentity;
  audience: AudienceKey | null;
  /** Moved since it last got a view: its next view is a snapshot of its new audience. */
  snapshotDue: boolean;
}

export class Seats {
  private readonly sockets = new Map<string, Seat>();
  /** The commit as of which every placed socket's room is right. */
  private placedSeq = 0;

  /** Adds a socket; returns its audience, or null when it is left unplaced until `reseat`. */
  add(
    socketId: string,
    identity: ViewerIdentity,
    state: MeetingState,
    place: boolean,
  ): AudienceKey | null {
    const audience =
      place && state.seq >= this.placedSeq ? audienceOfViewer(state, identity) : null;
    this.sockets.set(socketId, { identity, audience, snapshotDue: false });
    if (audience !== null) this.placedSeq = state.seq;
    return audience;
  }

  remove(socketId: string): void {
    this.sockets.delete(socketId);
  }

  /**
   * The placed sockets that the moves of commit `seq` take elsewhere (now counted there, a
   * snapshot due), or none when the placement is already as of that commit or later.
   */
  move(seq: number, moves: readonly AudienceMove[]): Move[] {
    if (seq <= this.placedSeq) return [];
    this.placedSeq = seq;
    const moved: Move[] = [];
    if (moves.length === 0) return moved;
    for (const [socketId, seat] of this.sockets) {
      const to = seat.audience === null ? null : destinationOf(moves, seat.identity);
      if (to === null || to === seat.audience) continue;
      moved.push({ socketId, identity: seat.identity, from: seat.audience, to });
      seat.audience = to;
      seat.snapshotDue = true;
    }
    return moved;
  }

  /**
   * The sockets that `state` places elsewhere, that wait unplaced (now placed), or that were
   * moved since their last view; null when `state` is older than the placement (it could undo a
   * newer move).
   */
  reseat(state: MeetingState): Move[] | null {
    if (state.seq < this.placedSeq) return null;
    this.placedSeq = state.seq;
    const moves: Move[] = [];
    for (const [socketId, seat] of this.sockets) {
      const audience = audienceOfViewer(state, seat.identity);
      if (audience === seat.audience && !seat.snapshotDue) continue;
      moves.push({ socketId, identity: seat.identity, from: seat.audience, to: audience });
      seat.audience = audience;
      seat.snapshotDue = false;
    }
    return moves;
  }
}
