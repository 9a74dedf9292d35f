/**
 * The other server nodes sharing this node's store, as the meetings see them. When there are
 * none (one node, the default) nothing is sent and a meeting's runtime is the only writer of its
 * log, so it never needs to look at the store for news.
 */
import type { AudienceMove } from './audienceMoves.js';

export interface ClusterPeers {
  /** Whether other nodes may append to the same meetings (then a runtime can fall behind). */
  readonly present: boolean;
  /**
   * This node committed a meeting's log up to `seq`, moving these viewers between audiences; the
   * others move their sockets at once and catch up.
   */
  committed(meetingId: string, seq: number, moves: readonly AudienceMove[]): void;
  /** Who is connected to a meeting on this node changed; the others ask again. */
  presenceChanged(meetingId: string): void;
}

export const NO_PEERS: ClusterPeers = {
  present: false,
  committed() {},
  presenceChanged() {},
};
