/**
 * A meeting's viewers on this node grouped by the participant their token belongs to, so that a
 * change to one person's private view projects that person's viewers only instead of looking
 * every viewer's token up on every commit. The groups are as of one record of participants by
 * token hash; the state replaces that record on every join and removal (and a viewer may come
 * while the groups are as of an older one), so a state with another record regroups them first.
 * Viewers whose token is no participant's are in no group: their view changes for everyone's only.
 */
import { type MeetingState, type ParticipantId, participantIdForToken } from '@percolate/shared';

/** Not the state itself: that would keep an old state's other parts alive. */
type Basis = Pick<MeetingState, 'participantByTokenHash'>;

export class ViewersByParticipant<V extends { identity: { tokenHash: string } }> {
  /** What the groups are as of (null: to be regrouped before use). */
  private basis: Basis | null = null;
  private readonly groups = new Map<ParticipantId, V[]>();

  /** `viewers`: all of them, the ones being added and removed included or not. */
  constructor(private readonly viewers: () => Iterable<V>) {}

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
