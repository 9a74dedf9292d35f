/**
 * A meeting's viewers on this node grouped by the participant their token belongs to, so that a
 * change to one person's private view projects that person's viewers only instead of looking
 * every viewer's token up on every commit. The groups are as of one record of participants by
 * token hash; the state replaces that record on every join and removal (and a viewer may come
 * while the groups are as of an older one): the joins and removals that made the state's record
 * move only their own viewers (`advance`), and a state with a record not followed so regroups all.
 * Viewers whose token is no participant's are in no group: their view changes for everyone's only.
 */
import {
  type EventBody,
  type MeetingState,
  type ParticipantId,
  participantIdForToken,
} from '@percolate/shared';

/** Not the state itself: that would keep an old state's other parts alive. */
type Basis = Pick<MeetingState, 'participantByTokenHash'>;

export class ViewersByParticipant<V extends { identity: { tokenHash: string } }> {
  /** What the groups are as of (null: to be regrouped before use). */
  private basis: Basis | null = null;
  private readonly groups = new Map<ParticipantId, V[]>();

  /** `viewers`: every viewer of the meeting here; `viewersOf`: those of one token. */
  constructor(
    private readonly viewers: () => Iterable<V>,
    private readonly viewersOf: (tokenHash: string) => Iterable<V>,
  ) {}

  add(viewer: V, state: MeetingState): void {
    if (this.basis?.participantByTokenHash === state.participantByTokenHash) {
      this.place(viewer, this.basis);
    } else {
      this.basis = null;
    }
  }

  remove(viewer: V): void {
    if (this.basis === null) return;
    const participantId = participantIdForToken(this.basis, viewer.identity.tokenHash);
    const group = participantId === null ? undefined : this.groups.get(participantId);
    if (participantId === null || group === undefined) return;
    const rest = group.filter((each) => each !== viewer);
    if (rest.length > 0) this.groups.set(participantId, rest);
    else this.groups.delete(participantId);
  }

  /** The state went from `previous` to `state` by `events`. */
  advance(previous: MeetingState, state: MeetingState, events: readonly EventBody[]): void {
    if (this.basis?.participantByTokenHash === state.participantByTokenHash) return;
    if (this.basis?.participantByTokenHash !== previous.participantByTokenHash) {
      this.basis = null;
      return;
    }
    // Only joins and removals change the record: their viewers move, the others stay.
    const moving = new Set<V>();
    for (const event of events) {
      if (event.type === 'participant:joined') {
        for (const viewer of this.viewersOf(event.tokenHash)) moving.add(viewer);
      } else if (event.type === 'participant:removed') {
        for (const viewer of this.groups.get(event.participantId) ?? []) moving.add(viewer);
      }
    }
    for (const viewer of moving) this.remove(viewer);
    const basis = { participantByTokenHash: state.participantByTokenHash };
    for (const viewer of moving) this.place(viewer, basis);
    this.basis = basis;
  }

  /** The viewers of these participants as of `state`. */
  of(state: MeetingState, participantIds: Iterable<ParticipantId>): V[] {
    if (this.basis?.participantByTokenHash !== state.participantByTokenHash) this.regroup(state);
    const viewers: V[] = [];
    for (const participantId of participantIds) {
      for (const viewer of this.groups.get(participantId) ?? []) viewers.push(viewer);
    }
    return viewers;
  }

  private regroup({ participantByTokenHash }: MeetingState): void {
    const basis = { participantByTokenHash };
    this.groups.clear();
    for (const viewer of this.viewers()) this.place(viewer, basis);
    this.basis = basis;
  }

  private place(viewer: V, basis: Basis): void {
    const participantId = participantIdForToken(basis, viewer.identity.tokenHash);
    if (participantId === null) return;
    const group = this.groups.get(participantId);
    if (group) group.push(viewer);
    else this.groups.set(participantId, [viewer]);
  }
}
