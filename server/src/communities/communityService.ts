/**
 * Creates communities and runs their commands: load the stream, fold, decide, append with the
 * expected seq. Commands are serialised per community in-process; across nodes a lost race on
 * the seq reloads and decides again.
 */
import {
  type CommandAck,
  type CommunityActor,
  type CommunityCommand,
  type CommunityEvent,
  type CommunityState,
  decideCommunity,
  domainError,
  ErrorCode,
  foldCommunity,
  isDomainError,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import { sha256Hex } from '../secrets.js';
import {
  type CommunityRecord,
  type CommunityStore,
  InviteCodeTakenError,
  SequenceConflictError,
} from '../store/types.js';
import { keyedQueue } from './keyedQueue.js';

export interface CommunityServiceDeps {
  store: CommunityStore;
  clock: Clock;
  ids: Ids;
}

/** Invite codes are short: a few collisions in a row are possible, many are not. */
const MAX_CODE_ATTEMPTS = 10;
/** Another node writing the same community at the same moment: reload and try again. */
const MAX_CONFLICT_RETRIES = 20;

export interface LoadedCommunity {
  record: CommunityRecord;
  state: CommunityState;
  seq: number;
}

export const createCommunityService = ({ store, clock, ids }: CommunityServiceDeps) => {
  const serialised = keyedQueue();

  const create = async (name: string, description: string) => {
    const organiserKey = ids.facilitatorKey();
    const id = ids.meetingId();
    const now = clock.now();
    const first: CommunityEvent = {
      type: 'community:created',
      communityId: id,
      name,
      description,
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

  const decideAndAppend = async (
    id: string,
    command: CommunityCommand,
    actor: CommunityActor,
  ): Promise<CommandAck> => {
    for (let attempt = 0; ; attempt += 1) {
      const loaded = await load(id);
      if (!loaded) {
        return { ok: false, error: domainError(ErrorCode.CommunityNotFound, 'no such community') };
      }
      const now = clock.now();
      const decision = decideCommunity(loaded.state, command, actor, {
        now,
        newId: ids.entityId,
      });
      if (isDomainError(decision)) return { ok: false, error: decision };
      const events = decision.map((body, index) => ({
        ...body,
        seq: loaded.seq + index + 1,
        at: now,
      }));
      try {
        await store.appendCommunityEvents(id, loaded.seq, events);
        return { ok: true, seq: loaded.seq + events.length };
      } catch (error) {
        if (!(error instanceof SequenceConflictError) || attempt >= MAX_CONFLICT_RETRIES)
          throw error;
      }
    }
  };

  return {
    create,
    load,
    /** Decides and appends one command, after the community's earlier ones in this process. */
    execute: (id: string, command: CommunityCommand, actor: CommunityActor) =>
      serialised(id, () => decideAndAppend(id, command, actor)),
  };
};

export type CommunityService = ReturnType<typeof createCommunityService>;
