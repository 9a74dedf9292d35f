/**
 * The private views one commit changed, on their way out: the one of a command's sender rides in
 * its acknowledgement (one packet instead of two: most commands change their sender's own dots,
 * topics or continue-vote), the rest go as `private` messages to the sockets that did not get it.
 */
import type { CommandAck, PrivateView } from '@percolate/shared';
import type { PrivateChange } from './connections.js';

type Accepted = Extract<CommandAck, { ok: true }>;

export class PrivateDelivery {
  /** Sockets whose acknowledgement carried their view. */
  private readonly delivered = new Set<string>();

  constructor(private readonly changes: readonly PrivateChange[]) {}

  /**
   * The acknowledgement with its sender's changed view as of `seq` (then counted as delivered),
   * else as is.
   */
  ridingWith(ack: Accepted, socketId: string | undefined, seq: number): Accepted {
    if (socketId === undefined) return ack;
    const me = this.viewOf(socketId);
    if (!me) return ack;
    this.delivered.add(socketId);
    return { ...ack, private: { seq, me } };
  }

  /** Each changed view with the sockets still to be told (none left: not listed). */
  left(): readonly PrivateChange[] {
    if (this.delivered.size === 0) return this.changes;
    return this.changes.flatMap(({ socketIds, me }) => {
      const rest = new Set([...socketIds].filter((id) => !this.delivered.has(id)));
      return rest.size > 0 ? [{ socketIds: rest, me }] : [];
    });
  }

  private viewOf(socketId: string): PrivateView | undefined {
    return this.changes.find(({ socketIds }) => socketIds.has(socketId))?.me;
  }
}
