/**
 * Domain errors are values with a stable code; the client translates the code, the message is
 * for logs and API users.
 */
export const ErrorCode = {
  InvalidPayload: 'INVALID_PAYLOAD',
  UnknownCommand: 'UNKNOWN_COMMAND',
  NotJoined: 'NOT_JOINED',
  AlreadyJoined: 'ALREADY_JOINED',
  Forbidden: 'FORBIDDEN',
  WrongPhase: 'WRONG_PHASE',
  IllegalTransition: 'ILLEGAL_TRANSITION',
  MeetingEnded: 'MEETING_ENDED',
  MeetingNotFound: 'MEETING_NOT_FOUND',
  ParticipantNotFound: 'PARTICIPANT_NOT_FOUND',
  TopicNotFound: 'TOPIC_NOT_FOUND',
  TopicNotOpen: 'TOPIC_NOT_OPEN',
  TopicNotDiscussed: 'TOPIC_NOT_DISCUSSED',
  ItemNotFound: 'ITEM_NOT_FOUND',
  MinutesLinkNotFound: 'MINUTES_LINK_NOT_FOUND',
  VoteBudgetExhausted: 'VOTE_BUDGET_EXHAUSTED',
  TopicDotCapReached: 'TOPIC_DOT_CAP_REACHED',
  NoDotToRetract: 'NO_DOT_TO_RETRACT',
  VotingClosed: 'VOTING_CLOSED',
  VotingOpen: 'VOTING_OPEN',
  /** Dot rules (budget, per-topic cap) cannot change once someone has placed a dot. */
  DotsAlreadyCast: 'DOTS_ALREADY_CAST',
  AnonymityPromised: 'ANONYMITY_PROMISED',
  QueueMismatch: 'QUEUE_MISMATCH',
  DiscussionInProgress: 'DISCUSSION_IN_PROGRESS',
  NoDiscussion: 'NO_DISCUSSION',
  TimerNotRunning: 'TIMER_NOT_RUNNING',
  TimerNotPaused: 'TIMER_NOT_PAUSED',
  TimerNotExpired: 'TIMER_NOT_EXPIRED',
  ContinueVoteNotOpen: 'CONTINUE_VOTE_NOT_OPEN',
  NoRound: 'NO_ROUND',
  RoundInProgress: 'ROUND_IN_PROGRESS',
  MergeSameTopic: 'MERGE_SAME_TOPIC',
  /** A table command while the meeting is one plenary table (or after everyone rejoined). */
  TablesNotSplit: 'TABLES_NOT_SPLIT',
  TablesAlreadySplit: 'TABLES_ALREADY_SPLIT',
  /** Starting a plenary topic while the tables discuss (everyone comes back first). */
  TablesRunning: 'TABLES_RUNNING',
  TableNotFound: 'TABLE_NOT_FOUND',
  /** Choosing a table that reached the size limit. */
  TableFull: 'TABLE_FULL',
  /** Acting at a table one does not sit at (a continue-vote, a harvest, volunteering to host). */
  NotAtTable: 'NOT_AT_TABLE',
  /** The table already has a host (only a moderator changes it). */
  TableHasHost: 'TABLE_HAS_HOST',
  TooMany: 'TOO_MANY',
  KeyRequired: 'KEY_REQUIRED',
  Stale: 'STALE',
  RateLimited: 'RATE_LIMITED',
  /** REST: no such route (an unknown API path). */
  NotFound: 'NOT_FOUND',
  Internal: 'INTERNAL',
  CommunityNotFound: 'COMMUNITY_NOT_FOUND',
  MemberNotFound: 'MEMBER_NOT_FOUND',
  MeetingAlreadyScheduled: 'MEETING_ALREADY_SCHEDULED',
  /** Joining a community needs its invite code (from the invite link or typed on /join). */
  InviteRequired: 'INVITE_REQUIRED',
  /** This server lets only some create meetings and communities (an access code or its networks). */
  CreationRestricted: 'CREATION_RESTRICTED',
  /** An import that is no Percolate community archive, or of a version this server does not read. */
  ArchiveUnsupported: 'ARCHIVE_UNSUPPORTED',
  /** The host did not allow this delivery: no SMTP, or a webhook outside its allow-list. */
  DeliveryNotAllowed: 'DELIVERY_NOT_ALLOWED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface DomainError {
  code: ErrorCode;
  message: string;
}

export const domainError = (code: ErrorCode, message: string): DomainError => ({ code, message });

export const isDomainError = (value: unknown): value is DomainError =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as DomainError).code === 'string' &&
  typeof (value as DomainError).message === 'string';
