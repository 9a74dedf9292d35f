/**
 * One active meeting in memory: its state (replayed from the store), the queue of commands
 * waiting for the next group commit, who watches it (the audience), and the timers the server
 * runs for it (discussion expiry, facilitator failover).
 *
 * Commands queue as they arrive and are flushed together on the next turn of the event loop;
 * while one batch is being written the next one fills. After a commit the new state is swapped
 * in, every command is acknowledged, and then the change is published.
 *
 * With other nodes on the same store, a turn may first catch up with what they committed: their
 * events are applied and this node's own viewers get their private views. The public patches of
 * commits another node announced were already delivered here (the adapter carries a patch ahead of
 * the announcement); those of commits found in the store without an announcement (Redis was away,
 * the other node died right after committing, or a conflict came first) are sent to this node's
 * sockets, so they reach the store's sequence without waiting for a command or a gap.
 */
import {
  type Actor,
  type Command,
  type CommandAck,
  ErrorCode,
  type MeetingEvent,
  type MeetingState,
  type Minutes,
  type PublicView,
  participantIdForToken,
  replay,
  type Snapshot,
  type SyncResponse,
  type SystemCommand,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import { LiveMinutes } from '../minutes/liveMinutes.js';
import type { EventStore, MeetingRecord } from '../store/types.js';
import { Audience, type RuntimeOutput } from './audience.js';
import type { AudienceMove } from './audienceMoves.js';
import { commitQueued } from './commitQueued.js';
import type { ViewerIdentity } from './connections.js';
import type { BatchContext, QueuedCommand } from './decideBatch.js';
import { ExpiryTimer } from './expiryTimer.js';
import { FacilitatorFailover } from './facilitatorFailover.js';
import { answersOf, followEvents } from './followEvents.js';
import type { ClusterPeers } from './peers.js';
import { RecentAnswers } from './recentAnswers.js';
import { StoreNews } from './storeNews.js';
import { Turns } from './turns.js';

export type { RuntimeOutput } from './audience.js';

export interface RuntimeDeps {
  store: EventStore;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  config: Pick<AppConfig, 'failoverMs' | 'patchHistory'>;
  output: RuntimeOutput;
  peers: ClusterPeers;
  /** Told whenever the runtime may have become idle (no sockets, nothing queued or armed). */
  onMaybeIdle: (runtime: MeetingRuntime) => void;
  /** Told after each commit, with its events (its community follows reviews and the end). */
  onCommitted: (record: MeetingRecord, events: readonly MeetingEvent[]) => void;
}

export type Reply = (ack: CommandAck) => void;

interface Pending {
  queued: QueuedCommand;
  reply: Reply;
  /** The socket that sent the command: its private view rides in the acknowledgement. */
  socketId: string | undefined;
}

export class MeetingRuntime {
  private state: MeetingState;
  private readonly turns: Turns<Pending>;
  private closed = false;
  private readonly news = new StoreNews();
  private readonly recent = new RecentAnswers();
  private readonly audience: Audience;
  private readonly expiry: ExpiryTimer;
  private readonly failover: FacilitatorFailover;
  private liveMinutes: LiveMinutes | null = null;
  /** The last catch-up failed or was skipped: the state may be older than the store's. */
  private catchUpMissed = false;
  /** What every batch is decided with (made once: a commit is frequent, closures are not free). */
  private readonly context: BatchContext = {
    now: () => this.deps.clock.now(),
    newId: () => this.deps.ids.entityId(),
    online: () => this.audience.online(this.state),
    random: () => this.deps.ids.random(),
  };

  static async load(deps: RuntimeDeps, record: MeetingRecord): Promise<MeetingRuntime | null> {
    const events = await deps.store.loadEvents(record.id);
    if (events.length === 0) return null;
    const runtime = new MeetingRuntime(deps, record, replay(record.id, events));
    // A client whose ack was lost when another node (or this one, before a restart) died retries
    // here: its command is among the latest.
    runtime.rememberAnswers(events.slice(-RecentAnswers.CAPACITY));
    return runtime;
  }

  private constructor(
    private readonly deps: RuntimeDeps,
    readonly record: MeetingRecord,
    state: MeetingState,
  ) {
    this.state = state;
    this.turns = new Turns<Pending>({
      run: (batch) => this.turn(batch),
      wanted: () => !this.closed && (this.news.waiting || this.news.behind(this.state.seq)),
      onIdle: () => deps.onMaybeIdle(this),
    });
    this.audience = new Audience(record.id, deps.output, state, deps.config.patchHistory);
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
    return this.audience.view;
  }

  get isIdle(): boolean {
    return (
      this.audience.socketCount === 0 &&
      this.turns.idle &&
      !this.news.waiting &&
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
    socketId?: string,
  ): void {
    if (this.closed) {
      reply({ ok: false, error: { code: ErrorCode.Internal, message: 'the server is stopping' } });
      return;
    }
    const earlier = this.recent.get(commandId);
    if (earlier) {
      // A retry usually means the first answer was lost, and the sender's view with it.
      const me = socketId ? this.audience.privateViewOf(socketId, this.state) : null;
      reply(earlier.ok && me ? { ...earlier, private: { seq: this.state.seq, me } } : earlier);
      return;
    }
    this.turns.push({ queued: { commandId, command, actor }, reply, socketId });
  }

  /** `dispatch` as a promise, for callers without a socket (REST routes, the server itself). */
  execute(command: Command | SystemCommand, actor: Actor): Promise<CommandAck> {
    return new Promise((resolve) => this.dispatch(command, actor, resolve));
  }

  /**
   * Another node committed this meeting up to `seq`: catch up on the next turn. `relayed`: its
   * public patches came through the adapter ahead of this news (not so after a Redis outage), and
   * `moves` are the viewers that commit moved, whose sockets here change rooms at once.
   */
  advanceTo(seq: number, relayed = true, moves: readonly AudienceMove[] = []): void {
    if (this.closed) return;
    if (moves.length > 0) this.audience.movedElsewhere(seq, moves);
    if (this.news.heard(seq, relayed, this.state.seq)) this.turns.schedule();
  }

  /**
   * Resolves once this runtime has what the store had when it was called. Alone on the store the
   * runtime is the only writer and is never behind.
   */
  refresh(): Promise<void> {
    if (this.closed || !this.deps.peers.present) return Promise.resolve();
    const caughtUp = this.news.wait();
    this.turns.schedule();
    return caughtUp;
  }

  /** Registers a socket; one that came while this node is behind waits for a catch-up to seat it. */
  attach(socketId: string, identity: ViewerIdentity): void {
    const current = this.current;
    this.audience.attach(socketId, identity, this.state, current);
    if (!current) void this.refresh();
    this.presenceChanged();
    this.deps.peers.presenceChanged(this.id);
  }

  detach(socketId: string): void {
    this.audience.detach(socketId, this.state);
    this.presenceChanged();
    this.deps.peers.presenceChanged(this.id);
    this.deps.onMaybeIdle(this);
  }

  /** The viewers (token hashes) connected to this meeting on the other nodes. */
  setRemoteViewers(tokenHashes: Iterable<string>): void {
    this.audience.setRemoteViewers(tokenHashes, this.state);
    this.presenceChanged();
  }

  snapshot(identity: ViewerIdentity): Snapshot {
    return this.audience.snapshot(this.state, identity, this.deps.clock.now());
  }

  /**
   * Patches since `since` when this runtime still has them all, else a snapshot. When the client
   * is ahead of this node (it saw patches from another node that this one lacks), or another node
   * announced a commit this one has not followed yet, it first catches up with the store. Any other
   * client gets what is in memory (no store read per gap), and whatever this node has not yet
   * followed reaches it as patches when it does.
   */
  async sync(since: number, identity: ViewerIdentity): Promise<SyncResponse> {
    if (since > this.state.seq || this.news.behind(this.state.seq)) await this.refresh();
    return this.audience.sync(since, this.state, identity, this.deps.clock.now());
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
    this.news.release();
    await this.turns.drain();
  }

  /**
   * One turn: commit the batch, then catch up with the store if another node moved on (or someone
   * asked). The commit finds another node's newer events itself (the append hands them over), even
   * when that node announced them, so a command never waits for a separate catch-up: that read
   * would cost a round trip, or a full timeout when the store stops answering.
   */
  private async turn(batch: Pending[]): Promise<void> {
    if (batch.length > 0) await this.commit(batch);
    await this.catchUpIfWanted();
  }

  private async catchUpIfWanted(): Promise<void> {
    if (this.closed) return;
    await this.news.catchUp(
      () => this.state.seq,
      async () => {
        // A store resting after a failed commit is left alone; the next check catches up.
        if (this.news.storeResting) {
          this.catchUpMissed = true;
          return;
        }
        try {
          await this.catchUp();
          this.catchUpMissed = false;
        } catch (error) {
          this.catchUpMissed = true;
          this.deps.logger.error('catching up with the store failed', {
            meetingId: this.id,
            error,
          });
        }
      },
    );
    // A catch-up that found nothing new may still have made the state current; one that failed or
    // rested did not, and sockets waiting for their seats wait for the next one.
    if (this.current) this.audience.settle(this.state, this.deps.clock.now());
  }

  /** Loads and applies what other nodes appended since this runtime's state. */
  private async catchUp(): Promise<void> {
    this.follow(await this.deps.store.loadEvents(this.id, this.state.seq));
  }

  /** Applies events other nodes appended right after this runtime's state, and publishes them. */
  private follow(events: readonly MeetingEvent[]): void {
    if (events.length === 0) return;
    const followed = followEvents(this.audience.projection, events);
    this.state = followed.state;
    this.rememberAnswers(events);
    this.audience.followed(
      followed,
      events,
      this.news.announcedSeq,
      this.deps.clock.now(),
      this.current,
    );
    this.afterChange();
  }

  /** So that a retried command finds its first answer even when another node committed it. */
  private rememberAnswers(events: readonly MeetingEvent[]): void {
    for (const [commandId, seq] of answersOf(events)) {
      this.recent.remember(commandId, { ok: true, seq });
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    let answers: Map<string, CommandAck>;
    let committed: { from: number; events: MeetingEvent[] } | null = null;
    try {
      const result = await commitQueued({
        store: this.deps.store,
        logger: this.deps.logger,
        state: this.state,
        queued: batch.map(({ queued }) => queued),
        context: this.context,
      });
      this.follow(result.followed);
      this.state = result.state;
      answers = result.answers;
      if (result.events.length > 0) committed = result;
    } catch (error) {
      this.deps.logger.error('commit failed', { meetingId: this.id, error });
      answers = new Map();
    }
    const privates = this.audience.privateChanges(this.state, committed?.events ?? []);
    for (const { queued, reply, socketId } of batch) {
      const ack: CommandAck = answers.get(queued.commandId) ?? {
        ok: false,
        error: { code: ErrorCode.Internal, message: 'the server could not save this' },
      };
      if (ack.ok || ack.error.code !== ErrorCode.Internal) {
        this.recent.remember(queued.commandId, ack);
      } else {
        this.news.storeFailed();
      }
      reply(ack.ok ? privates.ridingWith(ack, socketId, this.state.seq) : ack);
    }
    if (committed) {
      const current = this.current;
      const moves = this.audience.committed(
        this.state,
        committed.events,
        this.deps.clock.now(),
        current,
        privates,
      );
      // The moves ride with the announcement: a node that has applied them has heard of this
      // commit too, so it places a socket joining meanwhile only after catching up (`current`).
      this.deps.peers.committed(this.id, this.state.seq, moves);
      this.afterChange();
      this.deps.onCommitted(this.record, committed.events);
    }
  }

  /**
   * Whether this state has what the store had at the last catch-up: no other node announced a
   * commit beyond it, and that catch-up neither failed nor was skipped. Another node moves viewers'
   * sockets on every node right after announcing its commit; an older state could seat a socket
   * where that node already moved it away from.
   */
  private get current(): boolean {
    return !this.catchUpMissed && !this.news.behind(this.state.seq);
  }

  private presenceChanged(): void {
    if (!this.closed) this.failover.update(this.state, this.audience.online(this.state));
  }

  private afterChange(): void {
    if (this.closed) return;
    this.expiry.update(this.state);
    this.failover.update(this.state, this.audience.online(this.state));
  }
}
