/** Text search over a community's backlog and the minutes of its past meetings. */

export type SearchHit =
  | { kind: 'backlog'; topicId: string; title: string; snippet: string }
  | {
      kind: 'minutes';
      meetingId: string;
      meetingTitle: string;
      /** ISO 8601 with offset. */
      startsAt: string;
      snippet: string;
    };
