/** Things a community brings into its meetings, for tests of the meeting domain. */
import type { OpenAction, TopicOrigin } from '@percolate/shared';

/** A backlog topic Ana proposed, which was on one earlier meeting. */
export const BACKLOG_ORIGIN: TopicOrigin = {
  backlogTopicId: 'b1',
  proposedAt: 1_000,
  proposedByName: 'Ana',
  history: [{ meetingId: 'm0', meetingTitle: 'CoP #0', dots: 2 }],
};

/** An open action of an earlier meeting. */
export const EARLIER_ACTION: OpenAction = {
  id: 'act1',
  text: 'Write the wiki page',
  owner: 'Ana',
  due: null,
  meetingId: 'm0',
  meetingTitle: 'CoP #0',
  createdAt: 0,
};
