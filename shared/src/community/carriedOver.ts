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
  /**
   * The name ("1", "2", …) of the table the topic was at when the meeting split into tables.
   * Absent for the plenary's topics, and in entries from before tables existed.
   */
  tableName?: string;
  /** That table's title, when it was renamed ("Remote work corner"). */
  tableTitle?: string;
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
