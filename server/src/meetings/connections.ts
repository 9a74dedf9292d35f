/**
 * Who is connected to a meeting on this server: sockets grouped by viewer (one browser's token,
 * with or without the facilitator key). From that follow presence (who is online) and which
 * private views need to be sent again after a change. Viewers on other nodes are known by their
 * token hash only: they count as online, and their own node sends their private views.
 */
import {
  EVERYONE,
  type EventBody,
  type Impact,
  type MeetingState,
  type ParticipantId,
  type PrivateView,
  participantIdForToken,
  projectPrivate,
  sameIds,
  samePrivateView,
} from '@percolate/shared';
import { OnlineList } from './onlineList.js';
import { ViewersByParticipant } from './viewersByParticipant.js';

export interface ViewerIdentity {
  tokenHash: string;
  hasFacilitatorKey: boolean;
}

/** Names one viewer: the sockets of one browser's token, with or without the facilitator key. */
export const viewerKey = ({ tokenHash, hasFacilitatorKey }: ViewerIdentity): string =>
  hasFacilitatorKey ? `${tokenHash}:key` : tokenHash;

interface ConnectedViewer {
  identity: ViewerIdentity;
  sockets: Set<string>;
  /**
   * The private view last sent, to send only changes, compared field by field (samePrivateView):
   * exact, and far cheaper than the SHA-1 digest of its JSON kept before, whose hashing cost more
   * than projecting. The price is memory: ~190 bytes a viewer with a few dots, the digest ~50.
   */
  lastPrivate: PrivateView;
}

export interface PrivateChange {
  /** The viewer's sockets on this node. */
  socketIds: ReadonlySet<string>;
  me: PrivateView;
}

export const privateViewOf = (state: MeetingState, identity: ViewerIdentity): PrivateView =>
  projectPrivate(state, {
    participantId: participantIdForToken(state, identity.tokenHash),
    hasFacilitatorKey: identity.hasFacilitatorKey,
  });

export class Connections {
  private readonly viewers = new Map<string, ConnectedViewer>();
  private readonly viewerOfSocket = new Map<string, string>();
  private readonly byParticipant = new ViewersByParticipant(
    () => this.viewers.values(),
    (tokenHash) => this.viewersOfToken(tokenHash),
  );
  private readonly presence = new OnlineList();
  private lastOnline: readonly ParticipantId[] = [];

  get socketCount(): number {
    return this.viewerOfSocket.size;
  }

  /** Adds a socket to its viewer. */
  add(socketId: string, identity: ViewerIdentity, state: MeetingState): void {
    const key = viewerKey(identity);
    const viewer = this.viewers.get(key) ?? {
      identity,
      sockets: new Set<string>(),
      lastPrivate: privateViewOf(state, identity),
    };
    if (viewer.sockets.size === 0) {
      this.presence.connect(identity.tokenHash, state);
      this.byParticipant.add(viewer, state);
    }
    viewer.sockets.add(socketId);
    this.viewers.set(key, viewer);
    this.viewerOfSocket.set(socketId, key);
  }

  remove(socketId: string, state: MeetingState): void {
    const key = this.viewerOfSocket.get(socketId);
    if (key === undefined) return;
    this.viewerOfSocket.delete(socketId);
    const viewer = this.viewers.get(key);
    viewer?.sockets.delete(socketId);
    if (viewer && viewer.sockets.size === 0) {
      this.viewers.delete(key);
      this.byParticipant.remove(viewer);
      this.presence.disconnect(viewer.identity.tokenHash, state);
    }
  }

  identityOf(socketId: string): ViewerIdentity | undefined {
    const key = this.viewerOfSocket.get(socketId);
    return key === undefined ? undefined : this.viewers.get(key)?.identity;
  }

  /** Replaces the token hashes of the viewers connected on other nodes. */
  setRemote(tokenHashes: Iterable<string>, state: MeetingState): void {
    this.presence.setRemote(tokenHashes, state);
  }

  /** The state went from `previous` to `state` by `events`. */
  advance(previous: MeetingState, state: MeetingState, events: readonly EventBody[]): void {
    this.presence.advance(previous, state, events);
    this.byParticipant.advance(previous, state, events);
  }

  /** Participants with at least one connected socket (on any node), in join order. */
  online(state: MeetingState): ParticipantId[] {
    return this.presence.ids(state);
  }

  /** The online list when it differs from the one last reported, else null. */
  onlineChange(state: MeetingState): ParticipantId[] | null {
    const online = this.online(state);
    if (sameIds(online, this.lastOnline)) return null;
    this.lastOnline = online;
    return online;
  }

  /**
   * The private views that differ from the ones last sent (and now count as sent), looking only
   * at the viewers the change may concern.
   */
  privateChanges(state: MeetingState, impact: Impact): PrivateChange[] {
    const changes: PrivateChange[] = [];
    if (impact !== EVERYONE && impact.size === 0) return changes;
    const concerned =
      impact === EVERYONE ? this.viewers.values() : this.byParticipant.of(state, impact);
    for (const viewer of concerned) {
      const me = privateViewOf(state, viewer.identity);
      if (samePrivateView(me, viewer.lastPrivate)) continue;
      viewer.lastPrivate = me;
      changes.push({ socketIds: viewer.sockets, me });
    }
    return changes;
  }

  /** Its viewers with and without the facilitator key. */
  private viewersOfToken(tokenHash: string): ConnectedViewer[] {
    return [false, true].flatMap(
      (hasFacilitatorKey) => this.viewers.get(viewerKey({ tokenHash, hasFacilitatorKey })) ?? [],
    );
  }
}
