/**
 * The wire protocol between browser and server: the Socket.IO event maps (typed on both ends),
 * the handshake, acknowledgements, and the messages the server sends.
 */
import type { Command } from './domain/commands.js';
import type { DomainError } from './domain/errors.js';
import type { ParticipantId } from './domain/model.js';
import type { PrivateView, PublicView } from './domain/view.js';
import type { Minutes } from './minutes/model.js';
import type { PatchOp } from './patch.js';

/**
 * Bumped on any incompatible change; an old client is told to reload. 3: the server sends one
 * `message` event carrying a `ServerMessage`, and presence no longer rides inside patches. 4: a
 * `message` event carries one or more of them (a join's presence in the same packet as its patch).
 * 5: a command's acknowledgement carries the sender's private view when the command changed it,
 * instead of a `private` message to the sending socket.
 */
export const PROTOCOL_VERSION = 5;

/** Sent as Socket.IO `auth` at the handshake. */
export interface HandshakeAuth {
  protocol: number;
  meetingId: string;
  /** The browser's secret participant token (kept in local storage); ≥ 21 chars. */
  token: string;
  /**
   * Facilitator capability key, from the facilitator URL's fragment; in a community's meeting the
   * community's organiser key counts too.
   */
  facilitatorKey?: string;
  /**
   * In a community's meeting: the browser's member token of that community. The member scheduled
   * to facilitate the meeting counts as a key holder.
   */
  memberToken?: string;
  /**
   * On a reconnect: the last sequence this browser applied. The server then sends no snapshot on
   * connect and the client catches up with `sync { since }` (patches when the server still has
   * them). Without it the server sends a `snapshot` message on connect.
   */
  since?: number;
}

/** Reasons a handshake is refused (the `message` of the connect_error). */
export const HandshakeError = {
  ProtocolMismatch: 'PROTOCOL_MISMATCH',
  MeetingNotFound: 'MEETING_NOT_FOUND',
  BadAuth: 'BAD_AUTH',
  RateLimited: 'RATE_LIMITED',
} as const;
export type HandshakeError = (typeof HandshakeError)[keyof typeof HandshakeError];

/**
 * `private`: the sender's private view when its group of commands changed it (own dots, own
 * topics, own continue-vote), as the `private` message would carry it (`seq`: the end of the group,
 * at or after the ack's own); that socket then gets no `private` message for the group (its
 * viewer's other sockets do). One packet instead of two for most commands.
 */
export type CommandAck =
  | { ok: true; seq: number; private?: { seq: number; me: PrivateView } }
  | { ok: false; error: DomainError };

/** The whole view: sent on connect and whenever a client cannot catch up by patches. */
export interface Snapshot {
  seq: number;
  serverNow: number;
  view: PublicView;
  me: PrivateView;
  online: ParticipantId[];
}

/** A change of the public view from sequence `from` to `to` (ops may be empty). */
export interface ViewPatch {
  from: number;
  to: number;
  ops: PatchOp[];
}

export type SyncResponse =
  | { kind: 'patches'; patches: ViewPatch[]; me: PrivateView; online: ParticipantId[] }
  | { kind: 'snapshot'; snapshot: Snapshot };

/** What `sync` answers: the catch-up, or `RATE_LIMITED` (ask again a little later). */
export type SyncAnswer = SyncResponse | { kind: 'refused'; error: DomainError };

/**
 * Client → server stays one event per request: each is answered through its own acknowledgement
 * with its own answer type, which Socket.IO's typed event map checks per event (one union event
 * would need one union answer, narrowed by hand at every call). Each is rate-limited and refused
 * on its own terms too.
 */
export interface ClientToServerEvents {
  command: (command: Command, ack: (result: CommandAck) => void) => void;
  /** Catch up after a gap or a reconnect, from the last sequence the client applied. */
  sync: (request: { since: number }, ack: (result: SyncAnswer) => void) => void;
  /** Clock offset measurement: the server answers with its own time. */
  'time:ping': (ack: (serverNow: number) => void) => void;
  /** The minutes so far, for anyone who joined the meeting (or holds its key). */
  'minutes:get': (ack: (result: MinutesAck) => void) => void;
}

/** The events a client may send (a record, so a new one in the map must be listed). */
const CLIENT_EVENT_NAMES: Record<keyof ClientToServerEvents, true> = {
  command: true,
  sync: true,
  'time:ping': true,
  'minutes:get': true,
};
export const CLIENT_EVENTS = Object.keys(CLIENT_EVENT_NAMES) as (keyof ClientToServerEvents)[];

export type MinutesAck = { ok: true; minutes: Minutes } | { ok: false; error: DomainError };

/** Everything the server sends, as one event: the client switches on `type`. */
export type ServerMessage =
  /** The whole view, to the connecting socket (unless it resumes with `since`). */
  | { type: 'snapshot'; snapshot: Snapshot }
  /** The public view changed (to everyone in the meeting, on every node). */
  | { type: 'patch'; patch: ViewPatch }
  /** This participant's private view changed (to their own sockets only). */
  | { type: 'private'; seq: number; me: PrivateView }
  /**
   * Who is connected now (never in the log): each node tells its own sockets, on one node as in a
   * cluster; a join's list comes with its patch or right after it.
   */
  | { type: 'presence'; online: ParticipantId[] };

export type ServerMessageType = ServerMessage['type'];

/** The kinds of message the server sends (a record, so a new one in the union must be listed). */
const SERVER_MESSAGE_TYPE_NAMES: Record<ServerMessageType, true> = {
  snapshot: true,
  patch: true,
  private: true,
  presence: true,
};
export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_MESSAGE_TYPE_NAMES) as ServerMessageType[];

export interface ServerToClientEvents {
  /** One or more messages in one packet, applied in order (a join's presence rides with its patch). */
  message: (message: ServerMessage, ...more: ServerMessage[]) => void;
}

/** REST: POST /api/meetings */
export interface CreateMeetingResponse {
  id: string;
  joinCode: string;
  joinUrl: string;
  facilitatorUrl: string;
}

/** REST: POST /api/meetings/:id/minutes-links (facilitator key) → 201. */
export interface CreatedMinutesLink {
  linkId: string;
  /** The reader's address; the secret travels in its fragment and is shown only this once. */
  url: string;
}

/** REST: GET /api/meetings/:id/minutes-links (facilitator key): the live links, oldest first. */
export interface MinutesLinkList {
  links: { linkId: string; createdAt: number }[];
}

/** REST: GET /api/meetings/by-code/:joinCode */
export interface MeetingLookupResponse {
  id: string;
  title: string;
  phase: string;
  /** The short code to read aloud; anyone who has the meeting's link may share it. */
  joinCode: string;
  /** Set for a meeting a community scheduled. */
  community: MeetingLookupCommunity | null;
}

/** A community meeting's schedule, as the meeting page shows it. */
export interface MeetingLookupCommunity {
  id: string;
  name: string;
  /** ISO 8601 with offset. */
  startsAt: string;
  durationMinutes: number;
  videoUrl: string | null;
  facilitatorName: string | null;
}
