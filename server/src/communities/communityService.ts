/**
 * Creates communities and runs their commands: load the stream, fold, decide, carry out what the
 * events mean for meetings, append with the expected seq and the command's ack. Commands are
 * serialised per community in-process; across nodes a lost race on the seq reloads and decides
 * again. A command id is answered once: a retry finds the stored ack (also after a restart).
 */
import {
  type CommandAck,
  type CommunityActor,
  type CommunityCommand,
  type CommunityDecision,
  type CommunityEvent,
  type DomainError,
  decideCommunity,
  domainError,
  ErrorCode,
  foldCommunity,
  isDomainError,
  type SettingsPatch,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import { sha256Hex } from '../secrets.js';
import {
  type CommunityRecord,
  type CommunityStore,
  DuplicateCommandError,
  InviteCodeTakenError,
  SequenceConflictError,
} from '../store/types.js';
import { type CommunityEffects, NO_EFFECTS, NOTHING } from './communityEffects.js';
import { keyedQueue } from './keyedQueue.js';
import type { LoadedCommunity } from './loadedCommunity.js';

export type { LoadedCommunity };

export interface CommunityServiceDeps {
  store: CommunityStore;
  clock: Clock;
  ids: Ids;
  /** What community events do to meetings; none without a meeting service (unit tests). */
  effects?: CommunityEffects;
  /** Events the server records before a decision's own (a conclusion before a removal). */
  complete?: Completion;
}

/** Invite codes are short: a few collisions in a row are possible, many are not. */
const MAX_CODE_ATTEMPTS = 10;
/** Another node writing the same community at the same moment: reload and try again. */
const MAX_CONFLICT_RETRIES = 20;

/** Decides on the loaded community at `now`: the events to append, or a refusal. */
export type Decider = (
  community: LoadedCommunity,
  now: number,
) => CommunityDecision | Promise<CommunityDecision>;

/** Completes a decision with what must come before its events, or passes it on. */
export type Completion = (
  community: LoadedCommunity,
  decision: CommunityDecision,
  now: number,
) => Promise<CommunityDecision>;

const AS_DECIDED: Completion = async (_community, decision) => decision;

const NOT_FOUND: CommandAck = {
  ok: false,
  error: domainError(ErrorCode.CommunityNotFound, 'no such community'),
};

export const createCommunityService = ({
  store,
  clock,
  ids,
  effects = NO_EFFECTS,
  complete = AS_DECIDED,
}: CommunityServiceDeps) => {
  const serialised = keyedQueue();

  const create = async (name: string, description: string, meetingDefaults?: SettingsPatch) => {
    const organiserKey = ids.facilitatorKey();
    const id = ids.meetingId();
    const now = clock.now();
    const first: CommunityEvent = {
      type: 'community:created',
      communityId: id,
      name,
      description,
      ...(meetingDefaults ? { meetingDefaults } : {}),
      seq: 1,
      at: now,
    };
    for (let attempt = 1; ; attempt += 1) {
      const record: CommunityRecord = {
        id,
        inviteCode: ids.joinCode(),
        organiserKeyHash: sha256Hex(organiserKey),
        name,
        createdAt: now,
      };
      try {
        await store.createCommunity(record, [first]);
        return { record, organiserKey };
      } catch (error) {
        if (!(error instanceof InviteCodeTakenError) || attempt >= MAX_CODE_ATTEMPTS) throw error;
      }
    }
  };

  const load = async (id: string): Promise<LoadedCommunity | null> => {
    const record = await store.findCommunity(id);
    if (!record) return null;
    const events = await store.loadCommunityEvents(id);
    const state = foldCommunity(events);
    if (!state) return null;
    return { record, state, seq: events.at(-1)?.seq ?? 0 };
  };

  const storedAck = async (id: string, commandId: string): Promise<CommandAck> =>
    (await store.findCommunityCommandAck(id, commandId)) ?? NOT_FOUND;

  /** The ack and events of a decision, once its effects on meetings are carried out. */
  const outcomeOf = async (loaded: LoadedCommunity, decision: CommunityDecision, now: number) => {
    const refused = (error: DomainError) => ({
      ack: { ok: false, error } satisfies CommandAck,
      events: [],
      undo: NOTHING,
    });
    if (isDomainError(decision)) return refused(decision);
    const done = await effects.carryOut(loaded, decision, now);
    if (isDomainError(done)) return refused(done);
    const events = decision.map(
      (body, index): CommunityEvent => ({ ...body, seq: loaded.seq + index + 1, at: now }),
    );
    const ack: CommandAck = { ok: true, seq: loaded.seq + events.length };
    return { ack, events, undo: done.undo };
  };

  const decideAndAppend = async (
    id: string,
    commandId: string,
    decide: Decider,
  ): Promise<CommandAck> => {
    const earlier = await store.findCommunityCommandAck(id, commandId);
    if (earlier) return earlier;
    for (let round = 0; ; round += 1) {
      const loaded = await load(id);
      if (!loaded) return NOT_FOUND;
      const now = clock.now();
      const decision = await complete(loaded, await decide(loaded, now), now);
      const { ack, events, undo } = await outcomeOf(loaded, decision, now);
      try {
        await store.appendCommunityEvents(id, loaded.seq, events, { commandId, ack });
        return ack;
      } catch (error) {
        await undo();
        if (error instanceof DuplicateCommandError) return storedAck(id, commandId);
        if (!(error instanceof SequenceConflictError) || round >= MAX_CONFLICT_RETRIES) {
          throw error;
        }
      }
    }
  };

  /** Runs `decide` after the community's earlier commands in this process, once per command id. */
  const run = (id: string, commandId: string, decide: Decider) =>
    serialised(id, () => decideAndAppend(id, commandId, decide));

  return {
    create,
    load,
    findByInviteCode: (inviteCode: string) => store.findCommunityByInviteCode(inviteCode),
    /** Decides and appends one command; a retried command id gets its first answer. */
    execute: (id: string, commandId: string, command: CommunityCommand, actor: CommunityActor) =>
      run(id, commandId, ({ state }, now) =>
        decideCommunity(state, command, actor, { now, newId: () => ids.meetingId() }),
      ),
    /** Appends what the server decided on its own (a conclusion, a removal), once per `factId`. */
    record: run,
    /** Deletes the community, its log and every meeting it scheduled. */
    remove: (id: string) =>
      serialised(id, async () => {
        const loaded = await load(id);
        if (!loaded) return;
        await effects.forget(loaded);
        await store.deleteCommunity(id);
      }),
  };
};

export type CommunityService = ReturnType<typeof createCommunityService>;
