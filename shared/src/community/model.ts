/**
 * A community of practice as its own small event-sourced aggregate: its members, the rotation of
 * facilitators, its scheduled meetings and its topic backlog.
 */
import type { SettingsPatch } from '../domain/settingsSchema.js';

export type MemberId = string;

export interface CommunityMember {
  id: MemberId;
  name: string;
  joinedAt: number;
  /** sha256 of the member's secret token: how a returning browser is recognised. Never projected. */
  tokenHash: string;
  left: boolean;
}

/** One meeting a backlog topic was on without being discussed. */
export interface BacklogHistoryEntry {
  meetingId: string;
  meetingTitle: string;
  /** null when the meeting's votes stayed hidden. */
  dots: number | null;
}

export interface BacklogTopic {
  id: string;
  title: string;
  description: string;
  proposedAt: number;
  /** The member who added it on the community page (who may remove it); null otherwise. */
  proposedBy: MemberId | null;
  /** The name shown as its author; null when proposed anonymously. */
  proposedByName: string | null;
  /** The meetings it was on, oldest first. */
  history: BacklogHistoryEntry[];
}

export interface DiscussedTopic {
  title: string;
  /** Set when the topic came from the backlog. */
  backlogTopicId: string | null;
}

/** What a scheduled meeting came to, once it ended. */
export interface MeetingOutcome {
  endedAt: number;
  discussed: DiscussedTopic[];
  /** How many topics went back to the backlog. */
  carriedOver: number;
}

export interface ScheduledMeeting {
  meetingId: string;
  title: string;
  /** ISO 8601 with offset, as given by the organiser. */
  startsAt: string;
  durationMinutes: number;
  videoUrl: string | null;
  /** The meeting's own settings over the defaults (absent: the defaults of its day). */
  settings?: SettingsPatch;
  /** Chosen by the organiser or suggested by the rotation; null while the rotation is empty. */
  facilitatorId: MemberId | null;
  scheduledAt: number;
  /** Set when the meeting has ended (`meeting:concluded`). */
  outcome: MeetingOutcome | null;
  /** Its meeting and minutes were deleted (by an organiser or by retention); the entry stays. */
  deleted: boolean;
}

/** An action item of an ended meeting that is not done yet. */
export interface OpenAction {
  id: string;
  text: string;
  owner: string | null;
  /** ISO date (YYYY-MM-DD). */
  due: string | null;
  meetingId: string;
  meetingTitle: string;
  createdAt: number;
}

/** How long a meeting is when the organiser does not say. */
export const DEFAULT_MEETING_MINUTES = 120;

export interface CommunityState {
  id: string;
  name: string;
  description: string;
  createdAt: number;
  members: CommunityMember[];
  /** Ordered; members who left stay in place (so the turn after them is still known) until it is set again. */
  rotation: MemberId[];
  backlog: BacklogTopic[];
  meetings: ScheduledMeeting[];
  /** What every meeting the community schedules starts with: language, time zone, dots, … */
  meetingDefaults: SettingsPatch;
  /** Action items of ended meetings that are still open, oldest first. */
  openActions: OpenAction[];
}

/** Who sends a community command: the organiser key holder and/or a browser with its member token. */
export interface CommunityActor {
  isOrganiser: boolean;
  /** sha256 of the sender's member token, or null when it sent none. */
  tokenHash: string | null;
}
