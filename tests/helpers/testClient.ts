/**
 * A scripted participant over a real socket.io-client: connects with a token (and maybe the
 * facilitator key), sends commands with fresh ids and waits for their acks, and keeps its own
 * copy of the view from the snapshot and patches, asking `sync` after a gap that stays open or a
 * reconnect, by the browser's own rules (client/src/realtime/gapSync.ts).
 */
import {
  applyPatch,
  assertNever,
  type ClientToServerEvents,
  type Command,
  type CommandAck,
  type HandshakeAuth,
  type ParticipantId,
  PROTOCOL_VERSION,
  type PrivateView,
  type PublicView,
  type ServerMessage,
  type ServerToClientEvents,
  type Snapshot,
  type SyncAnswer,
  type ViewPatch,
} from '@percolate/shared';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import { gapSync } from '../../client/src/realtime/gapSync.js';
import type { PatchResult } from '../../client/src/store/transport.js';
import { sha256Hex } from '../../server/src/secrets.js';
import { senderCommandId } from '../../server/src/senderCommandId.js';
import type { CommandInput } from './builders.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClientOptions {
  meetingId: string;
  token?: string;
  facilitatorKey?: string;
  /** A community member's token (a community's meeting). */
  memberToken?: string;
  /** Record every message received (for privacy checks). */
  record?: boolean;
}

const ACK_TIMEOUT_MS = 10_000;
const WAIT_TIMEOUT_MS = 15_000;

export class TestClient {
  readonly socket: ClientSocket;
  readonly token: string;
  view: PublicView | null = null;
  me: PrivateView | null = null;
  online: ParticipantId[] = [];
  seq = 0;
  /** The sequence number of the private view held, as the app keeps it (privateSeq). */
  private privateSeq = 0;
  /** How the client caught up: every snapshot and sync answer, in order. */
  readonly catchUps: ('connect-snapshot' | SyncAnswer['kind'])[] = [];
  readonly received: ServerMessage[] = [];
  /** Out-of-sequence patches and the syncs they ask for, by the browser's own rules. */
  private readonly gaps = gapSync({
    receive: (patch) => this.receivePatch(patch),
    sync: () => this.sync(),
  });
  private readonly watchers = new Set<() => void>();

  private constructor(
    url: string,
    private readonly options: TestClientOptions,
  ) {
    this.token = options.token ?? nanoid();
    this.socket = io(url, {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      // A function, so that every reconnect tells the server how far this client got.
      auth: (callback) => callback(this.auth()),
    });
    this.socket.on('message', (...messages) => {
      for (const message of messages) {
        if (options.record) this.received.push(message);
        this.receive(message);
      }
    });
    this.socket.on('connect', () => {
      if (this.seq > 0) void this.gaps.syncNow();
    });
  }

  /** Connects and waits for the first view (or the handshake's refusal). */
  static async connect(url: string, options: TestClientOptions): Promise<TestClient> {
    const client = new TestClient(url, options);
    await new Promise<void>((resolve, reject) => {
      const refused = (error: Error) => {
        client.socket.off('message', connected);
        client.socket.disconnect();
        reject(error);
      };
      const connected = (message: ServerMessage) => {
        if (message.type !== 'snapshot') return;
        client.socket.off('message', connected);
        client.socket.off('connect_error', refused);
        resolve();
      };
      client.socket.once('connect_error', refused);
      client.socket.on('message', connected);
    });
    return client;
  }

  private auth(): HandshakeAuth {
    return {
      protocol: PROTOCOL_VERSION,
      meetingId: this.options.meetingId,
      token: this.token,
      ...(this.options.facilitatorKey ? { facilitatorKey: this.options.facilitatorKey } : {}),
      ...(this.options.memberToken ? { memberToken: this.options.memberToken } : {}),
      ...(this.seq > 0 ? { since: this.seq } : {}),
    };
  }

  get participantId(): ParticipantId {
    const id = this.me?.participantId;
    if (!id) throw new Error('this client has not joined');
    return id;
  }

  /** Sends a command under a fresh id (or the given one) and resolves with its ack. */
  async send(input: CommandInput, commandId: string = nanoid()): Promise<CommandAck> {
    const command = { ...input, id: commandId } as Command;
    const ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', command);
    // As the app does: the sender's own view rides in the acknowledgement.
    if (ack.ok && ack.private) {
      const message: ServerMessage = { type: 'private', ...ack.private };
      if (this.options.record) this.received.push(message);
      this.receive(message);
    }
    return ack;
  }

  /** The id under which the server stores this client's command (scoped to its sender). */
  storedCommandId(commandId: string): string {
    return senderCommandId(sha256Hex(this.token), commandId);
  }

  /** Sends a command that must succeed; resolves with its sequence number. */
  async ok(input: CommandInput): Promise<number> {
    const ack = await this.send(input);
    if (!ack.ok) throw new Error(`${input.type} refused: ${ack.error.code} ${ack.error.message}`);
    return ack.seq;
  }

  /** Joins under a display name and waits until the private view knows who we are. */
  async join(name: string): Promise<ParticipantId> {
    await this.ok({ type: 'participant:join', name });
    await this.waitFor(() => this.me?.participantId != null);
    return this.participantId;
  }

  /** Resolves once `condition` holds for this client (checked after every update). */
  waitFor(condition: (client: this) => boolean, timeoutMs = WAIT_TIMEOUT_MS): Promise<void> {
    if (condition(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition(this)) return;
        clearTimeout(timer);
        this.watchers.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`condition not met within ${timeoutMs} ms (seq ${this.seq})`));
      }, timeoutMs);
      this.watchers.add(check);
    });
  }

  /** Waits until this client's view has reached `seq`. */
  waitForSeq(seq: number): Promise<void> {
    return this.waitFor(() => this.seq >= seq);
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  /** Connects again after `disconnect()`; the client catches up from where it was. */
  reconnect(): void {
    this.socket.connect();
  }

  close(): void {
    this.watchers.clear();
    this.gaps.stop();
    this.socket.disconnect();
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'snapshot':
        this.catchUps.push('connect-snapshot');
        this.applySnapshot(message.snapshot);
        return;
      case 'patch':
        this.gaps.patch(message.patch);
        return;
      case 'private':
        if (message.seq >= this.privateSeq) {
          this.me = message.me;
          this.privateSeq = message.seq;
        }
        this.changed();
        return;
      case 'presence':
        this.setOnline(message.online);
        return;
      default:
        assertNever(message);
    }
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  private setOnline(online: ParticipantId[]): void {
    this.online = online;
    this.changed();
  }

  private applySnapshot(snapshot: Snapshot): void {
    this.view = snapshot.view;
    this.me = snapshot.me;
    this.online = snapshot.online;
    this.seq = snapshot.seq;
    this.privateSeq = snapshot.seq;
    this.changed();
  }

  private receivePatch(patch: ViewPatch): PatchResult {
    if (this.view === null) return 'gap';
    if (patch.to <= this.seq) return 'stale';
    if (patch.from !== this.seq) return 'gap';
    this.view = applyPatch(this.view, patch.ops);
    this.seq = patch.to;
    this.changed();
    return 'applied';
  }

  private async sync(): Promise<void> {
    const response = await this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('sync', { since: this.seq });
    this.catchUps.push(response.kind);
    if (response.kind === 'refused') return;
    if (response.kind === 'snapshot') {
      this.applySnapshot(response.snapshot);
    } else {
      for (const patch of response.patches) this.receivePatch(patch);
      this.me = response.me;
      this.privateSeq = Math.max(this.privateSeq, this.seq);
      this.online = response.online;
      this.changed();
    }
  }
}
