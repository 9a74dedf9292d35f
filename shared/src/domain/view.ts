/**
 * What a client may see. `projectPublic(state)` is the same for everyone in the meeting room;
 * `projectPrivate(state, viewer)` is what only that participant may see (their own dots, topics
 * and continue-vote). Hidden tallies, anonymous authors and token hashes never appear here.
 */
import type { ContinueTally } from './events.js';
import type {
  ContinueChoice,
  Item,
  MeetingCommunity,
  MeetingSchedule,
  MeetingState,
  Mood,
  ParticipantId,
  Phase,
  ReviewAction,
  Role,
  RoundKind,
  Settings,
  SpeakingRound,
  TableAssignment,
  TableId,
  TableMode,
  TimeCall,
  Timer,
  TopicId,
  TopicOrigin,
  TopicStatus,
} from './model.js';

export interface PublicParticipantView {
  id: ParticipantId;
  name: string;
  role: Role;
  left: boolean;
}

export interface PublicRoundLine {
  participantId: ParticipantId;
  text: string;
  mood: Mood | null;
  /** The author keeps it out of the minutes; it is still shown in the meeting. */
  private: boolean;
}

export interface PublicTopicView {
  id: TopicId;
  title: string;
  description: string;
  /** null when the meeting's topics are anonymous, or for a topic from the backlog. */
  authorId: ParticipantId | null;
  proposedAt: number;
  status: TopicStatus;
  mergedInto: TopicId | null;
  /** Total dots; null while votes are hidden and not yet revealed. */
  dots: number | null;
  /** Set for a topic pulled from the community's backlog. */
  origin: TopicOrigin | null;
  /** Proposed after voting closed: queued last, without dots. */
  late: boolean;
  /** The table it belongs to (proposed at or pulled by); null = the plenary's. */
  tableId: TableId | null;
}

export interface PublicDiscussionView {
  topicId: TopicId;
  round: number;
  timer: Timer;
  /** The topic's first timebox: what a restart gives it again. */
  timeboxMs: number;
  continueVote: { openedAt: number; tally: ContinueTally; voters: number } | null;
}

/** One table as everyone sees it: the glance (current topic, timer, thumbs) and its people. */
export interface PublicTableView {
  id: TableId;
  /** Its number; `title` is its name once renamed ('' = goes by its number). */
  name: string;
  title: string;
  hostId: ParticipantId | null;
  whereWeTalk: string;
  /** Who sits here, in join order. */
  people: ParticipantId[];
  /** The table's open topics in the order it will discuss them. */
  queue: TopicId[];
  discussion: PublicDiscussionView | null;
  votingClosed: boolean;
  harvest: string;
}

export interface PublicTablesView {
  mode: TableMode;
  assignment: TableAssignment;
  sizeLimit: number | null;
  /** In display order. */
  tables: PublicTableView[];
  timeCall: TimeCall | null;
  /** Set once everyone is back in the plenary. */
  rejoinedAt: number | null;
}

export interface PublicView {
  id: string;
  title: string;
  createdAt: number;
  endedAt: number | null;
  phase: Phase;
  settings: Settings;
  /** In join order. */
  participants: PublicParticipantView[];
  rounds: Record<RoundKind, PublicRoundLine[]>;
  speakingRound: SpeakingRound | null;
  /** Every topic, in proposal order. */
  topics: PublicTopicView[];
  /** Open topics in the order they will be discussed. */
  queue: TopicId[];
  votingClosed: boolean;
  votesRevealed: boolean;
  /** Counts the times every dot was taken back: a rise tells everyone to vote again. */
  dotResets: number;
  discussion: PublicDiscussionView | null;
  /** In creation order. */
  items: Item[];
  summary: string;
  /** The community that scheduled the meeting, if any. */
  community: MeetingCommunity | null;
  /** A one-off meeting's date and time, if its creator gave one. */
  schedule: MeetingSchedule | null;
  /** Earlier meetings' open actions under review, in import order. */
  reviewActions: ReviewAction[];
  /** Parallel tables; null while the meeting is one plenary table. */
  tables: PublicTablesView | null;
}

export interface PrivateView {
  /** null until this browser has joined. */
  participantId: ParticipantId | null;
  role: Role | null;
  /** This connection holds the facilitator key (may claim facilitation). */
  hasFacilitatorKey: boolean;
  /** My dots per topic. */
  dots: Record<TopicId, number>;
  dotsLeft: number;
  /** Topics I proposed (so I can edit them even when topics are anonymous). */
  myTopicIds: TopicId[];
  /** My thumb in the open continue-vote where I discuss: my table's while seated, else the plenary's. */
  myContinueVote: ContinueChoice | null;
}

export interface Viewer {
  participantId: ParticipantId | null;
  hasFacilitatorKey: boolean;
}

/**
 * A public view with the state it was projected from (`view` = `projectPublic(state)`): what the
 * next projection may reuse.
 */
export interface Projection {
  state: MeetingState;
  view: PublicView;
}
