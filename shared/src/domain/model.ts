/**
 * The meeting's vocabulary: phases, roles, settings and the state that `evolve` builds from the
 * event log. Everything here is plain data so that state can be rebuilt, compared and projected.
 */
import type { BacklogHistoryEntry, OpenAction } from '../community/carriedOver.js';

export const Phase = {
  Lobby: 'lobby',
  Checkin: 'checkin',
  Propose: 'propose',
  Vote: 'vote',
  Discuss: 'discuss',
  Wrapup: 'wrapup',
  Ended: 'ended',
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
export const PHASES = Object.values(Phase) as readonly Phase[];

export const Role = {
  Facilitator: 'facilitator',
  Cofacilitator: 'cofacilitator',
  Scribe: 'scribe',
  Participant: 'participant',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as readonly Role[];

export const MOODS = ['sunny', 'partly', 'cloudy', 'rainy', 'stormy'] as const;
export type Mood = (typeof MOODS)[number];

export const CONTINUE_CHOICES = ['up', 'sideways', 'down'] as const;
export type ContinueChoice = (typeof CONTINUE_CHOICES)[number];

export const ITEM_KINDS = ['note', 'decision', 'action'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ROUNDS = ['checkin', 'closing'] as const;
export type RoundKind = (typeof ROUNDS)[number];

export type ParticipantId = string;
export type TopicId = string;
export type ItemId = string;

export interface Settings {
  /** Dots each participant may place in the vote. */
  dotsPerPerson: number;
  /** Most dots one participant may place on one topic (1 = one dot per topic). */
  maxDotsPerTopic: number;
  /** When true, tallies stay on the server until the facilitator reveals them. */
  hiddenVotes: boolean;
  /** When true, nobody but the author learns who proposed a topic. */
  anonymousTopics: boolean;
  /** First timebox of a topic, in minutes. */
  timeboxMinutes: number;
  /** Successive extensions after a thumbs-up vote, in minutes (default halves: 4 then 2). */
  extensionMinutes: number[];
  /** Per-person timebox of a check-in or closing round in seconds; null = untimed. */
  checkinSecondsPerPerson: number | null;
  /** When true every participant may write notes, decisions and action items. */
  openNotes: boolean;
  /** IANA time zone for dates in the minutes. */
  timeZone: string;
  /** Language of the meeting's minutes and exports. */
  locale: 'de' | 'en';
  /** When true, dots may be placed from the lobby on, while topics are still collected. */
  preVoting: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  dotsPerPerson: 3,
  maxDotsPerTopic: 3,
  hiddenVotes: false,
  anonymousTopics: false,
  timeboxMinutes: 8,
  extensionMinutes: [4, 2],
  checkinSecondsPerPerson: null,
  openNotes: false,
  timeZone: 'Europe/Berlin',
  locale: 'de',
  preVoting: false,
};

/** A server-authoritative countdown. Running: remaining = durationMs - (now - startedAt). */
export interface Timer {
  startedAt: number;
  durationMs: number;
  /** Set while paused: what was left when it was paused. */
  pausedRemainingMs: number | null;
}

export interface Participant {
  id: ParticipantId;
  name: string;
  role: Role;
  joinedAt: number;
  /** Left the meeting on purpose (presence, which is volatile, is not stored here). */
  left: boolean;
}

export interface RoundLine {
  participantId: ParticipantId;
  text: string;
  mood: Mood | null;
  /** Kept out of the minutes. */
  private: boolean;
  postedAt: number;
}

/** A check-in or closing round run with a speaking order. */
export interface SpeakingRound {
  kind: RoundKind;
  order: ParticipantId[];
  currentIndex: number;
  /** Per-person timer of the current speaker, when the settings give one. */
  timer: Timer | null;
  /** The next speaker's turn starts by itself when the current one's time is up. */
  autoAdvance: boolean;
}

export const TopicStatus = {
  Open: 'open',
  Discussing: 'discussing',
  Discussed: 'discussed',
  Merged: 'merged',
} as const;
export type TopicStatus = (typeof TopicStatus)[keyof typeof TopicStatus];

/** Where a topic pulled from its community's backlog came from. */
export interface TopicOrigin {
  backlogTopicId: string;
  proposedAt: number;
  /** null when proposed anonymously. */
  proposedByName: string | null;
  /** The earlier meetings it was on, oldest first. */
  history: BacklogHistoryEntry[];
}

export interface Topic {
  id: TopicId;
  title: string;
  description: string;
  /** null for a topic imported from the backlog: no participant wrote it, moderators look after it. */
  authorId: ParticipantId | null;
  proposedAt: number;
  status: TopicStatus;
  /** Set when status is 'merged'. */
  mergedInto: TopicId | null;
  /** Set when the topic was pulled from the community's backlog. */
  origin: TopicOrigin | null;
  /** Proposed after voting closed: queued last, without dots. */
  late: boolean;
  /**
   * The table it belongs to: the one that proposed it (tables' mode 'own') or pulled it (mode
   * 'shared'); null = the plenary's.
   */
  tableId: TableId | null;
}

export interface ContinueVote {
  openedAt: number;
  votes: Record<ParticipantId, ContinueChoice>;
}

/** The topic under discussion: its timer, which extension round it is in, and any open continue-vote. */
export interface Discussion {
  topicId: TopicId;
  /** 0 = the first timebox, 1 = after the first extension, … */
  round: number;
  timer: Timer;
  /** The topic's first timebox, as it started: what a restart gives it again. */
  timeboxMs: number;
  /** Opened when the timer expires or is stopped; null while time runs. */
  continueVote: ContinueVote | null;
}

export interface Item {
  id: ItemId;
  topicId: TopicId;
  kind: ItemKind;
  text: string;
  /** Action items: who does it (free text, a name). */
  owner: string | null;
  /** Action items: ISO date (YYYY-MM-DD). */
  due: string | null;
  authorId: ParticipantId;
  createdAt: number;
}

export const REVIEW_STATUSES = ['open', 'done', 'carried'] as const;
/** An earlier meeting's action under review: not reviewed yet, done, or carried on. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewAction {
  action: OpenAction;
  status: ReviewStatus;
}

/** When a one-off meeting takes place, given at its creation (for its calendar entry). */
export interface MeetingSchedule {
  /** ISO 8601 with offset. */
  startsAt: string;
  durationMinutes: number;
  videoUrl: string | null;
}

/** The community a meeting was scheduled by. */
export interface MeetingCommunity {
  id: string;
  name: string;
}

/** A read-only link to the minutes for absentees: a capability, kept only as its secret's hash. */
export interface MinutesLink {
  id: string;
  /** sha256 (hex) of the link's secret (never projected). */
  secretHash: string;
  createdAt: number;
}

/** One person's dots by topic. */
export type TopicDots = Readonly<Record<TopicId, number>>;
/**
 * Everyone's dots, `dots[bucketOf(participantId)][participantId][topicId]`, in buckets so that a
 * dot copies one bucket (see `dotsMap.ts`, through which it is read).
 */
export type Dots = Readonly<Record<string, Readonly<Record<ParticipantId, TopicDots>>>>;

export interface MeetingState {
  id: string;
  title: string;
  createdAt: number;
  settings: Settings;
  phase: Phase;
  /** Sequence number of the last applied event (0 before the first). */
  seq: number;
  participants: Record<ParticipantId, Participant>;
  /** sha256 of a participant's secret token → participant id (never projected). */
  participantByTokenHash: Record<string, ParticipantId>;
  rounds: Record<RoundKind, Record<ParticipantId, RoundLine>>;
  speakingRound: SpeakingRound | null;
  topics: Record<TopicId, Topic>;
  /** Order of the open (not yet discussed) topics: proposal order, then vote order once voting closes. */
  queue: TopicId[];
  dots: Dots;
  votingClosed: boolean;
  votesRevealed: boolean;
  /** How many times moderators took every dot back (so everyone is told to vote again). */
  dotResets: number;
  discussion: Discussion | null;
  items: Record<ItemId, Item>;
  summary: string;
  endedAt: number | null;
  /** Live (not revoked) read-only minutes links by id. */
  minutesLinks: Record<string, MinutesLink>;
  /** Set when a community scheduled this meeting. */
  community: MeetingCommunity | null;
  /** A one-off meeting's date and time, if its creator gave one. */
  schedule: MeetingSchedule | null;
  /** Open actions of the community's earlier meetings, by id, reviewed in this one. */
  reviewActions: Record<string, ReviewAction>;
  /** Ids of reviewActions in import order. */
  reviewOrder: string[];
  /**
   * Ids of reviewActions marked done here at some time (by a note writer, or the community's
   * word passed on): one taken back since is open again when the meeting is concluded.
   */
  markedDone: string[];
  /** Parallel tables after a split; null = one plenary table (see tables.ts). */
  tables: TablesState | null;
}

/* Parallel tables (helpers in tables.ts). */

export type TableId = string;

export const TABLE_MODES = ['own', 'shared'] as const;
/**
 * 'own': each table proposes, votes and discusses its own topics. 'shared': topics are collected
 * and dot-voted by everyone together; each table pulls from the shared ranked list.
 */
export type TableMode = (typeof TABLE_MODES)[number];

export const TABLE_ASSIGNMENTS = ['balanced', 'choose'] as const;
/** 'balanced': those online are dealt out at random; 'choose': people pick their own table. */
export type TableAssignment = (typeof TABLE_ASSIGNMENTS)[number];

export const MIN_TABLES = 2;
/** 200 people at tables of five to eight (issue #16's scale) need 25. */
export const MAX_TABLES = 25;

export interface Table {
  id: TableId;
  /** Its number ("1", "2", …): the client shows "Table 1" / "Tisch 1" while `title` is ''. */
  name: string;
  /** The name its host or a moderator gave it ('' = not renamed: it goes by its number). */
  title: string;
  /** Has the facilitator's controls for this table; null until chosen or volunteered. */
  hostId: ParticipantId | null;
  /** Where the table talks: a breakout room's name or link, free text ('' = not said). */
  whereWeTalk: string;
  /** The table's open topics in the order it will discuss them. */
  queue: TopicId[];
  /** The table's topic under discussion, with the same rules as the plenary's. */
  discussion: Discussion | null;
  /** Mode 'own': the table's vote is closed and its queue ordered by dots. */
  votingClosed: boolean;
  /** Takeaways the table brings back to the plenary. */
  harvest: string;
}

/** The last time call sent to every table ("10 minutes left"). */
export interface TimeCall {
  minutes: number;
  at: number;
}

export interface TablesState {
  mode: TableMode;
  assignment: TableAssignment;
  /** Most people at one table when they choose; null = no limit. */
  sizeLimit: number | null;
  tables: Record<TableId, Table>;
  /** Table ids in display order. */
  order: TableId[];
  /** Where each person sits; someone not listed is not seated (yet). */
  seating: Record<ParticipantId, TableId>;
  timeCall: TimeCall | null;
  /** Set when everyone came back to the plenary: tables no longer discuss, the harvest goes on. */
  rejoinedAt: number | null;
}
