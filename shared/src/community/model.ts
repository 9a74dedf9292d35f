/**
 * A community of practice as its own small event-sourced aggregate: its members, the rotation of
 * facilitators, its scheduled meetings and its topic backlog.
 */
export type MemberId = string;

export interface CommunityMember {
  id: MemberId;
  name: string;
  joinedAt: number;
  /** sha256 of the member's secret token: how a returning browser is recognised. Never projected. */
  tokenHash: string;
  left: boolean;
}

export interface BacklogTopic {
  id: string;
  title: string;
  description: string;
  proposedAt: number;
  /** null when proposed anonymously (or by an organiser who is not a member). */
  proposedBy: MemberId | null;
  /** The dots the topic got in each meeting it was on, oldest first. */
  history: { meetingId: string; dots: number }[];
}

export interface ScheduledMeeting {
  meetingId: string;
  title: string;
  /** ISO 8601 with offset, as given by the organiser. */
  startsAt: string;
  videoUrl: string | null;
  /** Suggested by the rotation when scheduled; null while the rotation is empty. */
  facilitatorId: MemberId | null;
  scheduledAt: number;
}

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
}

/** Who sends a community command: the organiser key holder and/or a browser with its member token. */
export interface CommunityActor {
  isOrganiser: boolean;
  /** sha256 of the sender's member token, or null when it sent none. */
  tokenHash: string | null;
}
