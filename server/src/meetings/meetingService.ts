/**
 * The meetings this server knows: creating them, finding them, and keeping one runtime per
 * active meeting in memory (loaded on first use, dropped when nobody has used it for a while).
 */
import {
  createMeetingEvent,
  type MeetingCommunity,
  type MeetingEvent,
  type MeetingSchedule,
  type SettingsPatch,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import { normaliseJoinCode } from '../joinCode.js';
import type { Logger } from '../logger.js';
import { sha256Hex } from '../secrets.js';
import { type EventStore, JoinCodeTakenError, type MeetingRecord } from '../store/types.js';
import { type MeetingOutputs, SILENT_OUTPUTS } from './meetingOutputs.js';
import { MeetingRuntime } from './meetingRuntime.js';

export interface MeetingServiceDeps {
  store: EventStore;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  config: Pick<AppConfig, 'failoverMs' | 'patchHistory' | 'idleEvictionMs'>;
  /** Where its news goes; none: nowhere (a service without sockets, peers or listeners). */
  outputs?: Partial<MeetingOutputs>;
}

export interface CreatedMeeting {
  record: MeetingRecord;
  /** The facilitator's capability key: handed out once, only its hash is stored. */
  facilitatorKey: string;
}

/** How a community's meeting is created: with the id its schedule event names, tied to the community. */
export interface CreateOptions {
  id?: string;
  community?: MeetingCommunity;
  schedule?: MeetingSchedule;
}

/** Join codes are random; a few collisions in a row mean something else is wrong. */
const JOIN_CODE_ATTEMPTS = 8;

export class MeetingService {
  private readonly runtimes = new Map<string, MeetingRuntime>();
  private readonly loading = new Map<string, Promise<MeetingRuntime | null>>();
  private readonly evictions = new Map<string, () => void>();
  private readonly outputs: MeetingOutputs;

  constructor(private readonly deps: MeetingServiceDeps) {
    this.outputs = { ...SILENT_OUTPUTS, ...deps.outputs };
  }

  /**
   * Deletes the meeting with its log, then drops its runtime and has its sockets told: their
   * reconnect finds no meeting. A no-op for a meeting that does not exist.
   */
  async remove(meetingId: string): Promise<void> {
    await this.deps.store.deleteMeeting(meetingId);
    const runtime = this.runtimes.get(meetingId) ?? (await this.loading.get(meetingId));
    if (runtime && this.runtimes.get(meetingId) === runtime) {
      this.runtimes.delete(meetingId);
      this.evictions.get(meetingId)?.();
      this.evictions.delete(meetingId);
      await runtime.close();
    }
    this.outputs.removed(meetingId);
    this.deps.logger.info('meeting deleted', { meetingId });
  }

  async create(
    title: string,
    settings?: SettingsPatch,
    options: CreateOptions = {},
  ): Promise<CreatedMeeting> {
    const { store, ids, clock } = this.deps;
    const id = options.id ?? ids.meetingId();
    const facilitatorKey = ids.facilitatorKey();
    const createdAt = clock.now();
    const first: MeetingEvent = {
      ...createMeetingEvent(id, title, settings, options.community, options.schedule),
      seq: 1,
      at: createdAt,
      commandId: ids.commandId(),
    };
    for (let attempt = 1; ; attempt += 1) {
      const record: MeetingRecord = {
        id,
        joinCode: ids.joinCode(),
        facilitatorKeyHash: sha256Hex(facilitatorKey),
        title,
        createdAt,
        communityId: options.community?.id ?? null,
        endedAt: null,
      };
      try {
        await store.createMeeting(record, [first]);
        this.deps.logger.info('meeting created', { meetingId: id });
        return { record, facilitatorKey };
      } catch (error) {
        if (!(error instanceof JoinCodeTakenError) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
      }
    }
  }

  findByJoinCode(typed: string): Promise<MeetingRecord | null> {
    const code = normaliseJoinCode(typed);
    if (code.length === 0 || code.length > 32) return Promise.resolve(null);
    return this.deps.store.findMeetingByJoinCode(code);
  }

  /** The meeting's runtime, loaded from the store if needed; null when there is no such meeting. */
  open(meetingId: string): Promise<MeetingRuntime | null> {
    const loaded = this.runtimes.get(meetingId);
    if (loaded) return Promise.resolve(loaded);
    const inFlight = this.loading.get(meetingId);
    if (inFlight) return inFlight;
    const load = this.load(meetingId).finally(() => this.loading.delete(meetingId));
    this.loading.set(meetingId, load);
    return load;
  }

  /** The runtime if it is in memory right now. */
  loaded(meetingId: string): MeetingRuntime | undefined {
    return this.runtimes.get(meetingId);
  }

  /** Every runtime in memory right now. */
  allLoaded(): MeetingRuntime[] {
    return [...this.runtimes.values()];
  }

  async close(): Promise<void> {
    for (const cancel of this.evictions.values()) cancel();
    this.evictions.clear();
    await Promise.all([...this.loading.values()]);
    await Promise.all([...this.runtimes.values()].map((runtime) => runtime.close()));
    this.runtimes.clear();
  }

  private async load(meetingId: string): Promise<MeetingRuntime | null> {
    const record = await this.deps.store.findMeeting(meetingId);
    if (!record) return null;
    const runtime = await MeetingRuntime.load(
      {
        ...this.deps,
        output: this.outputs.runtime,
        peers: this.outputs.peers,
        onMaybeIdle: (candidate) => this.scheduleEviction(candidate),
        onCommitted: this.outputs.committed,
      },
      record,
    );
    if (!runtime) return null;
    this.runtimes.set(meetingId, runtime);
    this.scheduleEviction(runtime);
    return runtime;
  }

  private scheduleEviction(runtime: MeetingRuntime): void {
    if (!runtime.isIdle || this.evictions.has(runtime.id)) return;
    const cancel = this.deps.clock.setTimer(this.deps.config.idleEvictionMs, () => {
      this.evictions.delete(runtime.id);
      if (!runtime.isIdle || this.runtimes.get(runtime.id) !== runtime) return;
      this.runtimes.delete(runtime.id);
      void runtime.close();
      this.deps.logger.debug('meeting left memory', { meetingId: runtime.id });
    });
    this.evictions.set(runtime.id, cancel);
  }
}
