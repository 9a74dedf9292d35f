/**
 * One active meeting in memory: its state (replayed from the store), the queue of commands
 * waiting for the next group commit, the recent patches for catch-up, who is connected, and the
 * timers the server runs for it (discussion expiry, facilitator failover).
 *
 * Commands queue as they arrive and are flushed together on the next turn of the event loop;
 * while one batch is being written the next one fills. After a commit the new state is swapped
 * in, every command is acknowledged, and then the change is published.
 */
import {
  type Actor,
  type Command,
  type CommandAck,
  diff,
  ErrorCode,
  type MeetingEvent,
  type MeetingState,
  type Minutes,
  type ParticipantId,
  type PrivateView,
  type PublicView,
  participantIdForToken,
  projectPublic,
  replay,
  type Snapshot,
  type SyncResponse,
  type SystemCommand,
  type ViewPatch,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import { LiveMinutes } from '../minutes/liveMinutes.js';
import type { EventStore, MeetingRecord } from '../store/types.js';
import { commitQueued } from './commitQueued.js';
import { Connections, privateViewOf, type ViewerIdentity } from './connections.js';
import type { QueuedCommand } from './decideBatch.js';
import { ExpiryTimer } from './expiryTimer.js';
import { FacilitatorFailover } from './facilitatorFailover.js';
import { PatchHistory } from './patchHistory.js';
import { changesMembership, privateImpact } from './privateImpact.js';
import { RecentAnswers } from './recentAnswers.js';

/** Where a runtime's changes go out (the realtime layer: rooms of sockets). */
export interface RuntimeOutput {
  patch(meetingId: string, patch: ViewPatch): void;
  privateView(
    meetingId: string,
    viewerKey: string,
    payload: { seq: number; me: PrivateView },
  ): void;
  presence(meetingId: string, online: ParticipantId[]): void;
}

export interface RuntimeDeps {
  store: EventStore;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  config: Pick<AppConfig, 'failoverMs' | 'patchHistory'>;
  output: RuntimeOutput;
  /** Told whenever the runtime may have become idle (no sockets, nothing queued or armed). */
  onMaybeIdle: (runtime: MeetingRuntime) => void;
}

export type Reply = (ack: CommandAck) => void;

interface Pending {
  queued: QueuedCommand;
  reply: Reply;
}

/** Bounds one transaction; the rest wait for the next turn. */
const MAX_BATCH = 500;

export class MeetingRuntime {
  private state: MeetingState;
  private publicView: PublicView;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> | null = null;
  private closed = false;
  private readonly recent = new RecentAnswers();
  private readonly history: PatchHistory;
  private readonly connections = new Connections();
  private readonly expiry: ExpiryTimer;
  private readonly failover: FacilitatorFailover;
  private liveMinutes: LiveMinutes | null = null;

  static async load(deps: RuntimeDeps, record: MeetingRecord): Promise<MeetingRuntime | null> {
    const events = await deps.store.loadEvents(record.id);
    if (events.length === 0) return null;
    return new MeetingRuntime(deps, record, replay(record.id, events));
  }

  private constructor(
    private readonly deps: RuntimeDeps,
    readonly record: MeetingRecord,
    state: MeetingState,
  ) {
    this.state = state;
    this.publicView = projectPublic(state);
    this.history = new PatchHistory(deps.config.patchHistory);
    const system = (command: SystemCommand) => this.dispatch(command, { kind: 'system' });
    this.expiry = new ExpiryTimer(deps.clock, system);
    this.failover = new FacilitatorFailover(deps.clock, deps.config.failoverMs, system);
    this.afterChange();
  }

  get id(): string {
    return this.record.id;
  }

  get seq(): number {
    return this.state.seq;
  }

  get view(): PublicView {
    return this.publicView;
  }

  get isIdle(): boolean {
    return (
      this.connections.socketCount === 0 &&
      this.queue.length === 0 &&
      this.flushing === null &&
      !this.expiry.isArmed &&
      !this.failover.isWaiting
    );
  }

  /** Queues a command for the next group commit; `reply` is called once it is decided and stored. */
  dispatch(
    command: Command | SystemCommand,
    actor: Actor,
    reply: Reply = () => {},
    commandId: string = 'id' in command ? command.id : this.deps.ids.commandId(),
  ): void {
    if (this.closed) {
      reply({ ok: false, error: { code: ErrorCode.Internal, message: 'the server is stopping' } });
      return;
    }
    const earlier = this.recent.get(commandId);
    if (earlier) {
      reply(earlier);
      return;
    }
    this.queue.push({ queued: { commandId, command, actor }, reply });
    this.scheduleFlush();
  }

  /** `dispatch` as a promise, for callers without a socket (REST routes, the server itself). */
  execute(command: Command | SystemCommand, actor: Actor): Promise<CommandAck> {
    return new Promise((resolve) => this.dispatch(command, actor, resolve));
  }

  /** Registers a socket; returns its viewer key. */
  attach(socketId: string, identity: ViewerIdentity): string {
    const key = this.connections.add(socketId, identity, this.state);
    this.presenceChanged();
    return key;
  }

  detach(socketId: string): void {
    this.connections.remove(socketId);
    this.presenceChanged();
    this.deps.onMaybeIdle(this);
  }

  snapshot(identity: ViewerIdentity): Snapshot {
    return {
      seq: this.state.seq,
      serverNow: this.deps.clock.now(),
      view: this.publicView,
      me: privateViewOf(this.state, identity),
      online: this.connections.online(this.state),
    };
  }

  /** Patches since `since` when this runtime still has them all, else a snapshot. */
  sync(since: number, identity: ViewerIdentity): SyncResponse {
    const patches = this.history.since(since, this.state.seq);
    if (patches === null) return { kind: 'snapshot', snapshot: this.snapshot(identity) };
    return {
      kind: 'patches',
      patches,
      me: privateViewOf(this.state, identity),
      online: this.connections.online(this.state),
    };
  }

  /** The minutes so far for whoever joined (or holds the key), else null; made once per change. */
  minutesFor(identity: ViewerIdentity): Promise<Minutes> | null {
    const joined = participantIdForToken(this.state, identity.tokenHash) !== null;
    if (!joined && !identity.hasFacilitatorKey) return null;
    this.liveMinutes ??= new LiveMinutes((after) => this.deps.store.loadEvents(this.id, after));
    return this.liveMinutes.at(this.state.seq, () => this.deps.clock.now());
  }

  /** Stops the timers and waits for the batch being written; later commands are refused. */
  async close(): Promise<void> {
    this.closed = true;
    this.expiry.disarm();
    this.failover.stop();
    while (this.flushing || this.queue.length > 0) {
      await (this.flushing ?? this.flush());
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.flushing) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      if (!this.flushing && this.queue.length > 0) void this.flush();
    });
  }

  private flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    const run = this.commit(batch).finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.scheduleFlush();
      else this.deps.onMaybeIdle(this);
    });
    this.flushing = run;
    return run;
  }

  private async commit(batch: Pending[]): Promise<void> {
    const before = this.state;
    let answers: Map<string, CommandAck>;
    let events: MeetingEvent[] = [];
    try {
      const result = await commitQueued({
        store: this.deps.store,
        logger: this.deps.logger,
        state: before,
        queued: batch.map(({ queued }) => queued),
        context: { now: () => this.deps.clock.now(), newId: () => this.deps.ids.entityId() },
      });
      this.state = result.state;
      answers = result.answers;
      events = result.events;
    } catch (error) {
      this.deps.logger.error('commit failed', { meetingId: this.id, error });
      answers = new Map();
    }
    for (const { queued, reply } of batch) {
      const ack: CommandAck = answers.get(queued.commandId) ?? {
        ok: false,
        error: { code: ErrorCode.Internal, message: 'the server could not save this' },
      };
      if (ack.ok || ack.error.code !== ErrorCode.Internal)
        this.recent.remember(queued.commandId, ack);
      reply(ack);
    }
    if (this.state.seq !== before.seq) {
      this.publish(before.seq, events);
      this.afterChange();
    }
  }

  /** Sends the committed change: a patch to everyone (even an empty one), private views, presence. */
  private publish(fromSeq: number, events: readonly MeetingEvent[]): void {
    const view = projectPublic(this.state);
    const patch: ViewPatch = {
      from: fromSeq,
      to: this.state.seq,
      ops: diff(this.publicView, view),
    };
    this.publicView = view;
    this.history.add(patch);
    const { output } = this.deps;
    output.patch(this.id, patch);
    for (const { viewerKey, me } of this.connections.privateChanges(
      this.state,
      privateImpact(events),
    )) {
      output.privateView(this.id, viewerKey, { seq: this.state.seq, me });
    }
    if (changesMembership(events)) {
      const online = this.connections.onlineChange(this.state);
      if (online) output.presence(this.id, online);
    }
  }

  private presenceChanged(): void {
    const online = this.connections.onlineChange(this.state);
    if (online) this.deps.output.presence(this.id, online);
    if (!this.closed) this.failover.update(this.state, this.connections.online(this.state));
  }

  private afterChange(): void {
    if (this.closed) return;
    this.expiry.update(this.state);
    this.failover.update(this.state, this.connections.online(this.state));
  }
}
