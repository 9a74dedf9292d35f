/**
 * What happened in a meeting: the event log. `decide` produces event bodies; the store gives
 * each its sequence number; `evolve` applies them. Events are facts, named in the past tense.
 */
import type { OpenAction } from '../community/model.js';
import type {
  ContinueChoice,
  ItemKind,
  MeetingCommunity,
  MeetingSchedule,
  Mood,
  ParticipantId,
  Phase,
  ReviewStatus,
  Role,
  RoundKind,
  Settings,
  TableAssignment,
  TableId,
  TableMode,
  Timer,
  TopicId,
  TopicOrigin,
} from './model.js';

export type EventBody =
  | {
      type: 'meeting:created';
      meetingId: string;
      title: string;
      settings: Settings;
      /** Set when a community scheduled the meeting. */
      community?: MeetingCommunity;
      /** A one-off meeting's date and time, when its creator gave one. */
      schedule?: MeetingSchedule;
    }
  | {
      type: 'participant:joined';
      participantId: ParticipantId;
      tokenHash: string;
      name: string;
      role: Role;
    }
  | { type: 'participant:rejoined'; participantId: ParticipantId }
  | { type: 'participant:renamed'; participantId: ParticipantId; name: string }
  | { type: 'participant:left'; participantId: ParticipantId }
  /** Taken out by a moderator; `dotsWithdrawn` while voting was open (see decideRemove). */
  | { type: 'participant:removed'; participantId: ParticipantId; dotsWithdrawn: boolean }
  | {
      type: 'round:posted';
      round: RoundKind;
      participantId: ParticipantId;
      text: string;
      mood: Mood | null;
      private: boolean;
    }
  | {
      type: 'round:started';
      round: RoundKind;
      order: ParticipantId[];
      timer: Timer | null;
      /** Moves on to the next speaker when one's time is up (absent in older meetings). */
      autoAdvance?: boolean;
    }
  | { type: 'round:reordered'; order: ParticipantId[] }
  | { type: 'round:advanced'; index: number; timer: Timer | null }
  | { type: 'round:ended' }
  | {
      type: 'topic:proposed';
      topicId: TopicId;
      title: string;
      description: string;
      authorId: ParticipantId;
      /** Tables' mode 'own': the proposer's table, whose queue it joins. */
      tableId?: TableId;
    }
  /** Pulled from the community's backlog: no participant is its author. */
  | {
      type: 'topic:imported';
      topicId: TopicId;
      title: string;
      description: string;
      origin: TopicOrigin;
    }
  | { type: 'topic:edited'; topicId: TopicId; title: string; description: string }
  | { type: 'topic:deleted'; topicId: TopicId }
  | { type: 'topic:reopened'; topicId: TopicId }
  | {
      type: 'topic:merged';
      sourceId: TopicId;
      targetId: TopicId;
      /** Per participant, dots that moved onto the target. */
      moved: Record<ParticipantId, number>;
      /** Per participant, dots given back because the target reached the per-topic cap. */
      refunded: Record<ParticipantId, number>;
    }
  | { type: 'vote:cast'; participantId: ParticipantId; topicId: TopicId }
  | { type: 'vote:retracted'; participantId: ParticipantId; topicId: TopicId }
  /** `tables`: in mode 'own', each running table's queue ordered by dots. */
  | { type: 'vote:closed'; queue: TopicId[]; tables?: Record<TableId, TopicId[]> }
  | { type: 'vote:revealed' }
  | { type: 'vote:reopened' }
  /** Every dot taken back: everyone votes again (with new dot rules). */
  | { type: 'vote:reset' }
  | { type: 'queue:reordered'; queue: TopicId[] }
  /*
   * The discussion events carry `tableId` when they happen at a table (see discussionScope.ts);
   * without it they are the plenary's.
   */
  | { type: 'discussion:started'; topicId: TopicId; timer: Timer; tableId?: TableId }
  | { type: 'timer:paused'; remainingMs: number; tableId?: TableId }
  | { type: 'timer:resumed'; timer: Timer; tableId?: TableId }
  | { type: 'timer:extended'; timer: Timer; tableId?: TableId }
  /** The time left set by a moderator while the timebox runs (kept paused if it was). */
  | { type: 'timer:set'; timer: Timer; tableId?: TableId }
  | { type: 'timer:expired'; topicId: TopicId; reason: 'elapsed' | 'stopped'; tableId?: TableId }
  | {
      type: 'continue:voted';
      participantId: ParticipantId;
      choice: ContinueChoice;
      tableId?: TableId;
    }
  | {
      type: 'discussion:continued';
      tableId?: TableId;
      topicId: TopicId;
      round: number;
      timer: Timer;
      tally: ContinueTally;
      overridden: boolean;
    }
  | {
      type: 'discussion:closed';
      tableId?: TableId;
      topicId: TopicId;
      /** The continue-vote's tally, when one was open. */
      tally: ContinueTally | null;
      overridden: boolean;
    }
  | {
      type: 'item:added';
      itemId: string;
      topicId: TopicId;
      kind: ItemKind;
      text: string;
      owner: string | null;
      due: string | null;
      authorId: ParticipantId;
    }
  | {
      type: 'item:edited';
      itemId: string;
      kind: ItemKind;
      text: string;
      owner: string | null;
      due: string | null;
    }
  | { type: 'item:deleted'; itemId: string }
  | { type: 'summary:set'; text: string }
  /** Open actions of the community's earlier meetings, to review in this one. */
  | { type: 'actions:imported'; actions: OpenAction[] }
  | { type: 'action:reviewed'; actionId: string; status: ReviewStatus }
  | { type: 'phase:changed'; from: Phase; to: Phase }
  | { type: 'settings:changed'; settings: Settings }
  | { type: 'role:changed'; participantId: ParticipantId; role: Role }
  | {
      type: 'facilitation:handedOver';
      from: ParticipantId | null;
      to: ParticipantId;
      reason: 'handover' | 'claim' | 'failover';
    }
  | { type: 'meeting:ended' }
  /** A read-only link to the minutes: the log keeps only the sha256 of its secret. */
  | { type: 'minutesLink:created'; linkId: string; secretHash: string }
  | { type: 'minutesLink:revoked'; linkId: string }
  /** The meeting split into tables; `seating` is who was dealt out where (empty with 'choose'). */
  | {
      type: 'tables:formed';
      mode: TableMode;
      assignment: TableAssignment;
      sizeLimit: number | null;
      tableIds: TableId[];
      seating: Record<ParticipantId, TableId>;
    }
  | { type: 'tables:seated'; participantId: ParticipantId; tableId: TableId }
  | { type: 'tables:hostSet'; tableId: TableId; hostId: ParticipantId }
  | { type: 'tables:whereSet'; tableId: TableId; text: string }
  | { type: 'tables:renamed'; tableId: TableId; title: string }
  /** Mode 'own': one table's vote closes before the others', its queue ordered by dots. */
  | { type: 'tables:voteClosed'; tableId: TableId; queue: TopicId[] }
  /** Mode 'shared': the topic leaves the shared list for the table's queue (taken for everyone). */
  | { type: 'tables:pulled'; tableId: TableId; topicId: TopicId }
  | { type: 'tables:timeCalled'; minutes: number }
  | { type: 'tables:harvested'; tableId: TableId; text: string }
  /** Back to the plenary; `queue` is its queue now, the tables' open topics after its own. */
  | { type: 'tables:rejoined'; queue: TopicId[] };

export type EventType = EventBody['type'];

export interface ContinueTally {
  up: number;
  sideways: number;
  down: number;
}

/** An event as stored: its body, the meeting's sequence number, the time and the command that caused it. */
export type MeetingEvent = EventBody & {
  seq: number;
  at: number;
  /** Client command id (or a server-made id for system commands). */
  commandId: string;
};

export type EventOf<T extends EventType> = Extract<MeetingEvent, { type: T }>;
