/**
 * A participant that talks to the server through the browser's own realtime module
 * (`client/src/realtime/socketConnection.ts` of the checkout under test, loaded from its folder),
 * so the bench counts the syncs the browser really asks for. Its sink keeps the public view the
 * way the app's meeting slice does (a patch applies only when it continues the sequence) and
 * counts gaps and syncs.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  applyPatch,
  type Command,
  type CommandAck,
  type PublicView,
  type SyncResponse,
  type ViewPatch,
} from '@percolate/shared';
import { nanoid } from 'nanoid';
import type {
  ConnectToMeeting,
  MeetingTransport,
  PatchResult,
  RealtimeSink,
} from '../../client/src/store/transport.js';
import type { CommandInput } from '../helpers/builders.js';

export interface ParticipantFigures {
  /** Patches that arrived out of sequence (each may ask for a sync). */
  gaps: number;
  /** Sync answers received (after a gap or a reconnect). */
  syncs: number;
}

const CONNECT_TIMEOUT_MS = 30_000;

const loaded = new Map<string, Promise<ConnectToMeeting>>();

/** The browser's `connectToMeeting` of the checkout at `root`. */
const browserModule = (root: string): Promise<ConnectToMeeting> => {
  let module = loaded.get(root);
  if (!module) {
    const file = pathToFileURL(join(root, 'client/src/realtime/socketConnection.ts')).href;
    module = import(file).then((exports: { connectToMeeting: ConnectToMeeting }) => {
      return exports.connectToMeeting;
    });
    loaded.set(root, module);
  }
  return module;
};

class CountingSink implements RealtimeSink {
  view: PublicView | null = null;
  current = 0;
  online = false;
  readonly figures: ParticipantFigures = { gaps: 0, syncs: 0 };
  private readonly outOfSequence = new WeakSet<ViewPatch>();
  private readonly watchers = new Set<() => void>();

  setStatus(status: string): void {
    this.online = status === 'online';
    this.changed();
  }
  reject(reason: string): void {
    throw new Error(`handshake refused: ${reason}`);
  }
  setClockOffset(): void {}
  applySnapshot(snapshot: { seq: number; view: PublicView }): void {
    this.view = snapshot.view;
    this.current = snapshot.seq;
    this.changed();
  }
  receivePatch(patch: ViewPatch): PatchResult {
    if (this.view === null) return 'gap';
    if (patch.to <= this.current) return 'stale';
    if (patch.from !== this.current) {
      // Once per patch: the browser may look at a patch it keeps again as others arrive.
      if (!this.outOfSequence.has(patch)) this.figures.gaps += 1;
      this.outOfSequence.add(patch);
      return 'gap';
    }
    this.view = applyPatch(this.view, patch.ops);
    this.current = patch.to;
    this.changed();
    return 'applied';
  }
  applyPrivate(): void {}
  applySync(response: SyncResponse): PatchResult {
    this.figures.syncs += 1;
    if (response.kind === 'snapshot') {
      this.applySnapshot(response.snapshot);
      return 'applied';
    }
    let result: PatchResult = 'applied';
    for (const patch of response.patches) {
      if (this.receivePatch(patch) === 'gap') result = 'gap';
    }
    return result;
  }
  setOnline(): void {}
  seq(): number {
    return this.current;
  }

  waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`still at seq ${this.current} after ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.watchers.delete(check);
        resolve();
      };
      this.watchers.add(check);
    });
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}

export class BrowserParticipant {
  private constructor(
    private readonly transport: MeetingTransport,
    private readonly sink: CountingSink,
  ) {}

  /**
   * Connects to the server at `url` as a browser on that page would. socket.io-client takes the
   * server's address from `location` when given none, as the app does; `location` is read during
   * the call only, so every participant can point elsewhere.
   */
  static async connect(
    root: string,
    url: string,
    meetingId: string,
    facilitatorKey: string | null = null,
  ): Promise<BrowserParticipant> {
    const connectToMeeting = await browserModule(root);
    const sink = new CountingSink();
    const global = globalThis as unknown as { location?: URL };
    const before = global.location;
    global.location = new URL(url);
    let transport: MeetingTransport;
    try {
      transport = connectToMeeting(
        { meetingId, token: nanoid(), facilitatorKey, memberToken: null },
        sink,
      );
    } finally {
      if (before) global.location = before;
      else delete global.location;
    }
    const participant = new BrowserParticipant(transport, sink);
    await sink.waitFor(() => sink.online && sink.view !== null, CONNECT_TIMEOUT_MS);
    return participant;
  }

  get seq(): number {
    return this.sink.current;
  }

  get view(): PublicView | null {
    return this.sink.view;
  }

  get figures(): ParticipantFigures {
    return { ...this.sink.figures };
  }

  send(input: CommandInput): Promise<CommandAck> {
    return this.transport.send({ id: nanoid(), ...input } as Command);
  }

  /** Sends and fails unless the command was accepted; resolves with its sequence number. */
  async ok(input: CommandInput): Promise<number> {
    const ack = await this.send(input);
    if (!ack.ok) throw new Error(`${input.type} refused: ${ack.error.code}`);
    return ack.seq;
  }

  waitForSeq(seq: number, timeoutMs: number): Promise<void> {
    return this.sink.waitFor(() => this.sink.current >= seq, timeoutMs);
  }

  close(): void {
    this.transport.close();
  }
}
