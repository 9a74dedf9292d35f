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
} as const;
