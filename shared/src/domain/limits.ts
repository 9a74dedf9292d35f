/** Length and size limits enforced by the command schemas (and shown by the UI). */
export const LIMITS = {
  meetingTitle: 200,
  name: 60,
  topicTitle: 200,
  topicDescription: 2000,
  roundLine: 500,
  itemText: 5000,
  owner: 60,
  summary: 10000,
  commandId: 64,
  maxDotsPerPerson: 20,
  maxTimeboxMinutes: 120,
  maxExtensions: 10,
  maxCheckinSeconds: 600,
  maxTopics: 200,
  maxItemsPerTopic: 200,
  maxParticipants: 500,
  /** Read-only minutes links alive at once in one meeting. */
  maxMinutesLinks: 50,
  communityName: 200,
  communityDescription: 2000,
  videoUrl: 2000,
  maxBacklogTopics: 500,
  maxScheduledMeetings: 1000,
  minMeetingMinutes: 15,
  maxMeetingMinutes: 600,
  /** Backlog topics pulled into a meeting by one command. */
  maxPulledTopics: 50,
  /** A table's name once renamed ("Remote work corner"). */
  tableTitle: 40,
  /** Where a table talks: a breakout room's name or link. */
  whereWeTalk: 500,
  /** A table's takeaways for the plenary. */
  harvest: 5000,
} as const;
