/**
 * The seam between the store and the network. The realtime module implements `ConnectToMeeting`
 * with Socket.IO; component tests pass a fake. Nothing else knows how bytes travel.
 */
import type {
  Command,
  CommandAck,
  HandshakeError,
  MinutesAck,
  ParticipantId,
  PrivateView,
  Snapshot,
  SyncResponse,
  ViewPatch,
} from '@percolate/shared';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'lost';

export interface ConnectOptions {
  meetingId: string;
  token: string;
  facilitatorKey: string | null;
  /** In a community's meeting: this browser's member token of that community. */
  memberToken: string | null;
}

export type PatchResult = 'applied' | 'stale' | 'gap';

/** What the realtime layer reports to the store. */
export interface RealtimeSink {
  setStatus(status: ConnectionStatus): void;
  reject(reason: HandshakeError): void;
  setClockOffset(offsetMs: number): void;
  applySnapshot(snapshot: Snapshot): void;
  /** Applies the patch when it continues our sequence; says `gap` when we must sync. */
  receivePatch(patch: ViewPatch): PatchResult;
  applyPrivate(seq: number, me: PrivateView): void;
  applySync(response: SyncResponse): PatchResult;
  setOnline(online: ParticipantId[]): void;
  /** Sequence number of the last applied change. */
  seq(): number;
}

export interface MeetingTransport {
  /** Resolves with the server's acknowledgement; rejects when the server could not be reached. */
  send(command: Command): Promise<CommandAck>;
  /** The minutes so far; rejects when the server could not be reached. */
  requestMinutes(): Promise<MinutesAck>;
  /** Tries to connect again at once (after the connection was given up as lost). */
  reconnect(): void;
  close(): void;
}

export type ConnectToMeeting = (options: ConnectOptions, sink: RealtimeSink) => MeetingTransport;
