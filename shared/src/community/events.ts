/** What happened in a community: its event log, facts in the past tense. */
import type { BacklogTopic, MemberId, ScheduledMeeting } from './model.js';

export type CommunityEventBody =
  | { type: 'community:created'; communityId: string; name: string; description: string }
  | { type: 'member:joined'; memberId: MemberId; name: string; tokenHash: string }
  | { type: 'member:left'; memberId: MemberId }
  | { type: 'rotation:set'; memberIds: MemberId[] }
  | { type: 'meeting:scheduled'; meeting: ScheduledMeeting }
  | { type: 'backlog:added'; topic: BacklogTopic }
  | { type: 'backlog:removed'; topicId: string };

/** A stored community event: its body, numbered by the store, with the time it was decided. */
export type CommunityEvent = CommunityEventBody & { seq: number; at: number };
