/**
 * Who is online in one meeting, in join order, kept up to date change by change: a token's first
 * viewer connects or its last one goes (here or on another node), a participant joins or is
 * removed. Made afresh from the state on each join and socket change, it cost a walk over every
 * viewer and a sort of every participant each time (quadratic over a join storm); now a change
 * is a binary search and one copy of the list. It is made afresh only from a state whose
 * participants it did not follow (see `advance`).
 */
import {
  type EventBody,
  type MeetingState,
  type ParticipantId,
  participantIdForToken,
  participantsInJoinOrder,
} from '@percolate/shared';

type Basis = Pick<MeetingState, 'participants' | 'participantByTokenHash'>;

/** Not the state itself: that would keep an old state's other parts alive. */
const basisOf = ({ participants, participantByTokenHash }: MeetingState): Basis => ({
  participants,
  participantByTokenHash,
});

const follows = (basis: Basis | null, state: MeetingState): boolean =>
  basis?.participants === state.participants &&
  basis.participantByTokenHash === state.participantByTokenHash;

export class OnlineList {
  /** The participants and tokens the list is as of (null: to be made afresh). */
  private basis: Basis | null = null;
  /**
   * Each participant's place among the joins: the state's record lists participants in join
   * events' order, which orders those who joined in the same millisecond.
   */
  private readonly joinIndex = new Map<ParticipantId, number>();
  /** Handed out as it is: replaced, never changed. */
  private list: ParticipantId[] = [];
  /** Viewers per token hash on this node (with and without the facilitator key: up to two). */
  private readonly local = new Map<string, number>();
  private remote: ReadonlySet<string> = new Set();

  /** A viewer of `tokenHash` connected on this node. */
  connect(tokenHash: string, state: MeetingState): void {
    const viewers = this.local.get(tokenHash) ?? 0;
    this.local.set(tokenHash, viewers + 1);
    if (viewers === 0 && !this.remote.has(tokenHash)) this.tokenCame(tokenHash, state);
  }

  /** A viewer of `tokenHash` on this node went. */
  disconnect(tokenHash: string, state: MeetingState): void {
    const viewers = this.local.get(tokenHash);
    if (viewers === undefined) return;
    if (viewers > 1) {
      this.local.set(tokenHash, viewers - 1);
      return;
    }
    this.local.delete(tokenHash);
    if (!this.remote.has(tokenHash)) this.tokenWent(tokenHash, state);
  }

  /** Replaces the token hashes of the viewers connected on other nodes. */
  setRemote(tokenHashes: Iterable<string>, state: MeetingState): void {
    const before = this.remote;
    this.remote = new Set(tokenHashes);
    for (const tokenHash of before) {
      if (!this.remote.has(tokenHash) && !this.local.has(tokenHash)) {
        this.tokenWent(tokenHash, state);
      }
    }
    for (const tokenHash of this.remote) {
      if (!before.has(tokenHash) && !this.local.has(tokenHash)) this.tokenCame(tokenHash, state);
    }
  }

  /** The state went from `previous` to `state` by `events`. */
  advance(previous: MeetingState, state: MeetingState, events: readonly EventBody[]): void {
    if (follows(this.basis, state)) return;
    if (!follows(this.basis, previous)) {
      this.basis = null;
      return;
    }
    for (const event of events) {
      if (event.type === 'participant:joined') {
        this.joinIndex.set(event.participantId, this.joinIndex.size);
        if (this.connected(event.tokenHash)) this.insert(event.participantId, state);
      } else if (event.type === 'participant:removed') {
        this.delete(event.participantId, state);
      }
    }
    this.basis = basisOf(state);
  }

  /** Participants with at least one connected viewer (on any node), in join order. */
  ids(state: MeetingState): ParticipantId[] {
    if (!follows(this.basis, state)) this.makeAfresh(state);
    return this.list;
  }

  private connected(tokenHash: string): boolean {
    return this.local.has(tokenHash) || this.remote.has(tokenHash);
  }

  private tokenCame(tokenHash: string, state: MeetingState): void {
    if (!follows(this.basis, state)) return;
    const id = participantIdForToken(state, tokenHash);
    if (id !== null) this.insert(id, state);
  }

  private tokenWent(tokenHash: string, state: MeetingState): void {
    if (!follows(this.basis, state)) return;
    const id = participantIdForToken(state, tokenHash);
    if (id !== null) this.delete(id, state);
  }

  private insert(id: ParticipantId, state: MeetingState): void {
    const at = this.place(id, state);
    if (at !== null && this.list[at] !== id) this.list = this.list.toSpliced(at, 0, id);
  }

  private delete(id: ParticipantId, state: MeetingState): void {
    const at = this.place(id, state);
    if (at !== null && this.list[at] === id) this.list = this.list.toSpliced(at, 1);
  }

  /** Where `id` is or would go in the list (null: not a participant). */
  private place(id: ParticipantId, state: MeetingState): number | null {
    const key = this.keyOf(id, state);
    if (key === null) return null;
    let low = 0;
    let high = this.list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.keyOf(this.list[middle] as ParticipantId, state);
      if (other !== null && compare(other, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private keyOf(id: ParticipantId, state: MeetingState): Key | null {
    const participant = Object.hasOwn(state.participants, id) ? state.participants[id] : undefined;
    const index = this.joinIndex.get(id);
    return participant && index !== undefined ? { joinedAt: participant.joinedAt, index } : null;
  }

  private makeAfresh(state: MeetingState): void {
    this.joinIndex.clear();
    for (const id of Object.keys(state.participants)) this.joinIndex.set(id, this.joinIndex.size);
    const present = new Set<ParticipantId>();
    for (const tokenHash of [...this.local.keys(), ...this.remote]) {
      const id = participantIdForToken(state, tokenHash);
      if (id !== null) present.add(id);
    }
    this.list = participantsInJoinOrder(state)
      .filter((participant) => present.has(participant.id))
      .map((participant) => participant.id);
    this.basis = basisOf(state);
  }
}

interface Key {
  joinedAt: number;
  index: number;
}

const compare = (a: Key, b: Key): number => a.joinedAt - b.joinedAt || a.index - b.index;
