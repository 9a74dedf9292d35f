/**
 * Who watches one meeting from this node, and what they were last sent: the public view with its
 * recent patches (for `sync`), each socket's audience (see shared `audiences.ts`: while tables
 * run, a table's detail goes to its own people only), each viewer's private view, and the online
 * list. Viewers on other nodes count for presence only; their own node sends them their private
 * views and places them in their audiences.
 */
import {
  type AudienceKey,
  changesMembership,
  type MeetingEvent,
  type MeetingState,
  type ParticipantId,
  type PrivateView,
  type Projection,
  type PublicView,
  privateImpact,
  projectPublic,
  type Snapshot,
  type SyncResponse,
  viewFor,
} from '@percolate/shared';
import type { AudienceMove } from './audienceMoves.js';
import { type AudiencePatches, audiencePatches } from './audiencePatches.js';
import { Connections, privateViewOf, type ViewerIdentity } from './connections.js';
import type { Followed } from './followEvents.js';
import { PatchHistory } from './patchHistory.js';
import { PrivateDelivery } from './privateDelivery.js';
import { Seats } from './seats.js';
import { audienceOfViewer } from './viewerAudience.js';

/** Where a meeting's changes go out (the realtime layer: rooms of sockets). */
export interface RuntimeOutput {
  /**
   * One commit: each audience's patch to that audience's viewers, on every node. `online` is the
   * new online list when the same commit changed it (someone joined or left), for this node's
   * viewers as presence.
   */
  patches(meetingId: string, patches: AudiencePatches, online: ParticipantId[] | null): void;
  /**
   * A socket on this node enters an audience (`from` null: it was in none), after the patches of
   * the commit that moved it, leaving any other; a moved socket gets `snapshot` once this node has
   * a state as new as the move.
   */
  seat(
    meetingId: string,
    socketId: string,
    move: { from: AudienceKey | null; to: AudienceKey },
  ): void;
  /** To one socket on this node. */
  snapshot(socketId: string, snapshot: Snapshot): void;
  /**
   * To one viewer's sockets on this node (straight to them: no room to look up per message); the
   * set is the live one, read it during the call only.
   */
  privateView(
    meetingId: string,
    socketIds: ReadonlySet<string>,
    payload: { seq: number; me: PrivateView },
  ): void;
  /**
   * To the meeting's viewers on this node (each node tells its own the same list, on one node as
   * in a cluster): a socket came or went, or another node's commit changed who is online.
   */
  presence(meetingId: string, online: ParticipantId[]): void;
  /** The public patches of another node's commit to the meeting's viewers on this node only. */
  patchesHere(meetingId: string, patches: AudiencePatches): void;
}

export class Audience {
  /** The public view last sent, with the state it was projected from. */
  private sent: Projection;
  private readonly history: PatchHistory;
  private readonly connections = new Connections();
  private readonly seats = new Seats();
  /**
   * A moved socket's snapshot (or a socket left unplaced) waits for a state that is not behind
   * the others' news.
   */
  private reseatDue = false;

  constructor(
    private readonly meetingId: string,
    private readonly output: RuntimeOutput,
    state: MeetingState,
    patchHistory: number,
  ) {
    this.sent = { state, view: projectPublic(state) };
    this.history = new PatchHistory(patchHistory);
  }

  get view(): PublicView {
    return this.sent.view;
  }

  get projection(): Projection {
    return this.sent;
  }

  get socketCount(): number {
    return this.connections.socketCount;
  }

  /**
   * Registers a socket. `current`: no other node announced a commit beyond `state` (else another
   * node may already have moved the viewer beyond it: the socket waits unplaced for the catch-up).
   */
  attach(socketId: string, identity: ViewerIdentity, state: MeetingState, current: boolean): void {
    this.connections.add(socketId, identity, state);
    const to = this.seats.add(socketId, identity, state, current);
    if (to === null) this.reseatDue = true;
    else this.output.seat(this.meetingId, socketId, { from: null, to });
    this.presenceChanged(state);
  }

  detach(socketId: string, state: MeetingState): void {
    this.connections.remove(socketId, state);
    this.seats.remove(socketId);
    this.presenceChanged(state);
  }

  /** The viewers (token hashes) connected to the meeting on other nodes. */
  setRemoteViewers(tokenHashes: Iterable<string>, state: MeetingState): void {
    this.connections.setRemote(tokenHashes, state);
    this.presenceChanged(state);
  }

  /** Participants online on any node, in join order. */
  online(state: MeetingState): ParticipantId[] {
    return this.connections.online(state);
  }

  /** The private view of the viewer a socket on this node belongs to (null: not attached). */
  privateViewOf(socketId: string, state: MeetingState): PrivateView | null {
    const identity = this.connections.identityOf(socketId);
    return identity ? privateViewOf(state, identity) : null;
  }

  /**
   * The private views `events` changed (now counted as sent), to ride in the senders'
   * acknowledgements and go to the other sockets with `committed`.
   */
  privateChanges(state: MeetingState, events: readonly MeetingEvent[]): PrivateDelivery {
    // As `committed` will (no events: the state may be one not followed), but before it, so that
    // the viewers' groups follow a join instead of being made again.
    if (events.length > 0) this.connections.advance(this.sent.state, state, events);
    return new PrivateDelivery(this.connections.privateChanges(state, privateImpact(events)));
  }

  /**
   * This node committed `events` on the state last sent: a patch to every audience (even an
   * empty one), the sockets it moved to their new audiences, then the private views that did not
   * ride in an acknowledgement. Returns whom it moved (for the other nodes' sockets, with the
   * announcement). `current` as for `attach`.
   */
  committed(
    state: MeetingState,
    events: readonly MeetingEvent[],
    serverNow: number,
    current: boolean,
    privates: PrivateDelivery,
  ): readonly AudienceMove[] {
    const next = { state, view: projectPublic(state, this.sent) };
    const patches = audiencePatches(this.sent, next);
    this.connections.advance(this.sent.state, state, events);
    this.sent = next;
    this.history.add(patches);
    const online = changesMembership(events) ? this.connections.onlineChange(state) : null;
    this.output.patches(this.meetingId, patches, online);
    this.move(state.seq, patches.moves);
    this.reseatIf(current, state, serverNow);
    this.sendPrivate(state.seq, privates);
    return patches.moves;
  }

  /**
   * Another node committed `events`: keep their patches for `sync`, send this node's viewers the
   * patches beyond `announcedSeq` (the ones up to it were delivered through the adapter; the others
   * may never have been, and a viewer ignores a patch it already has), each commit's moves before
   * the next commit's patch, and what changed for them.
   */
  followed(
    { state, view, patches }: Followed,
    events: readonly MeetingEvent[],
    announcedSeq: number,
    serverNow: number,
    current: boolean,
  ): void {
    this.connections.advance(this.sent.state, state, events);
    this.sent = { state, view };
    for (const patch of patches) {
      this.history.add(patch);
      if (patch.to > announcedSeq) this.output.patchesHere(this.meetingId, patch);
      this.move(patch.to, patch.moves);
    }
    this.reseatIf(current, state, serverNow);
    if (changesMembership(events)) this.presenceChanged(state);
    this.sendPrivate(state.seq, this.privateChanges(state, events));
  }

  snapshot(state: MeetingState, identity: ViewerIdentity, serverNow: number): Snapshot {
    return {
      seq: state.seq,
      serverNow,
      view: viewFor(this.sent.view, audienceOfViewer(state, identity)),
      me: privateViewOf(state, identity),
      online: this.connections.online(state),
    };
  }

  /** Patches since `since` when they are all still here, else a snapshot. */
  sync(
    since: number,
    state: MeetingState,
    identity: ViewerIdentity,
    serverNow: number,
  ): SyncResponse {
    const patches = this.history.since(
      since,
      state.seq,
      audienceOfViewer(state, identity),
      identity,
    );
    if (patches === null) {
      return { kind: 'snapshot', snapshot: this.snapshot(state, identity, serverNow) };
    }
    return {
      kind: 'patches',
      patches,
      me: privateViewOf(state, identity),
      online: this.connections.online(state),
    };
  }

  /**
   * Another node committed up to `seq` and its commit moved these viewers: their sockets here
   * change rooms now, before that node's next patch; their snapshots wait for this node to follow.
   */
  movedElsewhere(seq: number, moves: readonly AudienceMove[]): void {
    this.move(seq, moves);
  }

  /** The state is current: sockets still waiting for their seats or snapshots get them. */
  settle(state: MeetingState, serverNow: number): void {
    this.reseatIf(true, state, serverNow);
  }

  /**
   * The rooms of commit `seq`'s movers, unless this node's rooms are as of that commit already.
   * Any commit with moves has the next current state check every socket's room as well: with two
   * nodes writing, a move of one can be passed over as stale behind the other's newer one.
   */
  private move(seq: number, moves: readonly AudienceMove[]): void {
    this.reseatDue ||= moves.length > 0;
    for (const move of this.seats.move(seq, moves)) {
      this.output.seat(this.meetingId, move.socketId, move);
    }
  }

  /**
   * Gives this node's moved and unplaced sockets their audience's view (and any socket whose
   * audience the state changed, its room), once the state is current: an older one could undo a
   * newer move another node made.
   */
  private reseatIf(current: boolean, state: MeetingState, serverNow: number): void {
    if (!this.reseatDue || !current) return;
    const moves = this.seats.reseat(state);
    if (moves === null) return;
    this.reseatDue = false;
    for (const move of moves) {
      if (move.from !== move.to) this.output.seat(this.meetingId, move.socketId, move);
      this.output.snapshot(move.socketId, this.snapshot(state, move.identity, serverNow));
    }
  }

  /** The changed private views that did not ride in an acknowledgement. */
  private sendPrivate(seq: number, privates: PrivateDelivery): void {
    for (const { socketIds, me } of privates.left()) {
      this.output.privateView(this.meetingId, socketIds, { seq, me });
    }
  }

  private presenceChanged(state: MeetingState): void {
    const online = this.connections.onlineChange(state);
    if (online) this.output.presence(this.meetingId, online);
  }
}
