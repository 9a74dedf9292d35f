/**
 * What a community hands on to its meetings, so both sides know it without knowing each other:
 * its open actions to review, and where a backlog topic has been.
 */

/** One meeting a backlog topic was on without being discussed. */
export interface BacklogHistoryEntry {
  meetingId: string;
  meetingTitle: string;
  /** null when the meeting's votes stayed hidden. */
  dots: number | null;
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
