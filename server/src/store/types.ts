/**
 * The storage contract every store implements (SQLite embedded, PostgreSQL for several nodes).
 * One contract test suite runs against each implementation.
 */
import type { CommandAck, CommunityEvent, MeetingEvent } from '@percolate/shared';
import type { DeliveryStore } from './deliveryTypes.js';
import type { CommandRecord, EventStream } from './eventStream.js';

export type { CommandRecord, EventStream, StreamAppend } from './eventStream.js';
export * from './streamErrors.js';

export interface MeetingRecord {
  id: string;
  joinCode: string;
  /** sha256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  title: string;
  createdAt: number;
  /** The community that scheduled it; null for a one-off meeting. */
  communityId: string | null;
  /** When `meeting:ended` was appended (set by `append`); null while it runs. */
  endedAt: number | null;
}

/** One command's outcome in a batch: its id, its events (already numbered) and its ack. */
export interface CommittedCommand {
  commandId: string;
  events: MeetingEvent[];
  ack: CommandAck;
}

/**
 * Given the events other writers appended since the batch was decided (already committed), the
 * batch to append after them instead: decided again against the meeting as they left it, and
 * numbered from the last of them. Empty: append nothing.
 */
export type Redecide = (newer: readonly MeetingEvent[]) => CommittedCommand[];

/** Thrown by `createMeeting` when the join code belongs to another meeting: pick a new code and retry. */
export class JoinCodeTakenError extends Error {
  constructor(readonly joinCode: string) {
    super(`join code ${joinCode} is taken`);
    this.name = 'JoinCodeTakenError';
  }
}

export interface CommunityRecord {
  id: string;
  inviteCode: string;
  /** sha256 (hex) of the organiser key; the key itself is never stored. */
  organiserKeyHash: string;
  name: string;
  createdAt: number;
}

/** Thrown by `createCommunity` when the invite code belongs to another community: pick another. */
export class InviteCodeTakenError extends Error {
  constructor(readonly inviteCode: string) {
    super(`invite code ${inviteCode} is taken`);
    this.name = 'InviteCodeTakenError';
  }
}

/** A new meeting's record and first events, as `createMeeting` takes them. */
export interface NewMeeting {
  record: MeetingRecord;
  events: MeetingEvent[];
}

/** A new community's record and first events, as `createCommunity` takes them. */
export interface NewCommunity {
  record: CommunityRecord;
  events: CommunityEvent[];
}

/** Communities: an index and one event stream each, beside the meetings'. */
export interface CommunityStore {
  /** Creates the community and appends its first events in one transaction. */
  createCommunity(record: CommunityRecord, firstEvents: CommunityEvent[]): Promise<void>;
  /**
   * Creates a community that moved in from an archive, with its meetings (their records' `endedAt`
   * as given, their logs numbered from 1), in ONE transaction: when any part fails (an invite or
   * join code taken, an id that exists) nothing is written, and the error is the one
   * `createCommunity` or `createMeeting` would have thrown.
   */
  importCommunity(community: NewCommunity, meetings: NewMeeting[]): Promise<void>;
  findCommunity(id: string): Promise<CommunityRecord | null>;
  findCommunityByInviteCode(inviteCode: string): Promise<CommunityRecord | null>;
  /** Events with seq > afterSeq, in order. */
  loadCommunityEvents(communityId: string, afterSeq?: number): Promise<CommunityEvent[]>;
  /**
   * Appends events numbered expectedSeq + 1, + 2, … in ONE transaction, only if the community's
   * last seq is `expectedSeq` (else SequenceConflictError). With `command`, its id and ack are
   * stored in the same transaction under a UNIQUE constraint: an id already stored fails the
   * append with DuplicateCommandError. A refusal is stored with no events.
   */
  appendCommunityEvents(
    communityId: string,
    expectedSeq: number,
    events: CommunityEvent[],
    command?: CommandRecord,
  ): Promise<void>;
  /** The stored ack of a community command that was already committed, or null. */
  findCommunityCommandAck(communityId: string, commandId: string): Promise<CommandAck | null>;
  /**
   * Removes the community with its events and commands, and every meeting it scheduled (with
   * their events and commands), in one transaction; a no-op when it does not exist.
   */
  deleteCommunity(id: string): Promise<void>;
}

export interface EventStore {
  /** Creates the meeting and appends its first events in one transaction. */
  createMeeting(record: MeetingRecord, firstEvents: MeetingEvent[]): Promise<void>;
  findMeeting(id: string): Promise<MeetingRecord | null>;
  findMeetingByJoinCode(joinCode: string): Promise<MeetingRecord | null>;
  /** Events with seq > afterSeq, in order. */
  loadEvents(meetingId: string, afterSeq?: number): Promise<MeetingEvent[]>;
  /**
   * Appends a batch of commands' events in ONE transaction, only if the meeting's last seq is
   * `expectedSeq` (else SequenceConflictError). Each command id is stored under a UNIQUE
   * constraint together with its ack, so a retried command finds its first answer; a command id
   * already stored (or repeated in the batch) fails the whole batch with DuplicateCommandError.
   * The events must be numbered expectedSeq + 1, + 2, … in batch order. A `meeting:ended` in the
   * batch sets the record's `endedAt` (once) to that event's time.
   */
  append(meetingId: string, expectedSeq: number, batch: CommittedCommand[]): Promise<void>;
  /**
   * `append` for a store that several nodes write (PostgreSQL): when another writer got there
   * first, it waits for the meeting's lock inside the transaction instead of failing, hands
   * `redecide` the events appended since `expectedSeq`, and appends what it returns. So a node
   * never loses a race on its own meeting: it waits for the other's COMMIT and goes next. Stores
   * with one writer leave it out (see `appendInTurn`).
   */
  appendInTurn?(
    meetingId: string,
    expectedSeq: number,
    batch: CommittedCommand[],
    redecide: Redecide,
  ): Promise<void>;
  /** The stored ack of a command that was already committed, or null. */
  findCommandAck(meetingId: string, commandId: string): Promise<CommandAck | null>;
  /** Every meeting, oldest first (for archives and retention). */
  listMeetings(): Promise<MeetingRecord[]>;
  /** Meetings that ended before `cutoff` (ms since the epoch), earliest end first. */
  listMeetingsEndedBefore(cutoff: number): Promise<MeetingRecord[]>;
  /** Removes the meeting with all its events and commands; a no-op when it does not exist. */
  deleteMeeting(id: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What the real stores implement. Kept apart from EventStore so that wrappers and experimental
 * meeting stores (tests, bench) need not implement communities.
 */
export interface Store extends EventStore, CommunityStore, DeliveryStore {
  /** The event streams behind `append`/`loadEvents` and their community counterparts. */
  readonly streams: {
    meetings: EventStream<MeetingEvent>;
    communities: EventStream<CommunityEvent>;
  };
  /** Resolves when the store answers a trivial query (readiness); rejects otherwise. */
  ping(): Promise<void>;
}
