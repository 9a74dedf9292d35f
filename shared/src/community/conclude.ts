/**
 * What an ended meeting gives back to its community: the outcome for the archive, the topics it
 * did not get to (back into the backlog with one more history entry, naming the table a topic was
 * at), its action items (open from
 * now on), the earlier actions it marked done, and those it marked done and took back (open
 * again: the meeting's last word counts). Read from the replayed meeting.
 */
import { type MeetingState, type Topic, TopicStatus } from '../domain/model.js';
import { showsDotTotals, showsTopicAuthors } from '../domain/privacy.js';
import { lookup } from '../domain/records.js';
import { tallies } from '../domain/votes.js';
import type {
  BacklogHistoryEntry,
  BacklogTopic,
  DiscussedTopic,
  MeetingOutcome,
  OpenAction,
} from './model.js';

export interface Conclusion {
  outcome: MeetingOutcome;
  carried: BacklogTopic[];
  newActions: OpenAction[];
  doneActionIds: string[];
  /** Earlier actions marked done here and taken back before the end: open again. */
  reopenedActions: OpenAction[];
}

const byProposal = (a: Topic, b: Topic) => a.proposedAt - b.proposedAt;

/** Open topics in the order the meeting would have discussed them next. */
const openTopics = (state: MeetingState): Topic[] => {
  const position = (topic: Topic) => {
    const index = state.queue.indexOf(topic.id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return Object.values(state.topics)
    .filter((topic) => topic.status === TopicStatus.Open)
    .sort((a, b) => position(a) - position(b) || byProposal(a, b));
};

/** The table an open topic was at (its number, and its title once renamed), if any. */
const tableNameOf = (
  state: MeetingState,
  topic: Topic,
): Pick<BacklogHistoryEntry, 'tableName' | 'tableTitle'> => {
  if (topic.tableId === null || !state.tables) return {};
  const table = lookup(state.tables.tables, topic.tableId);
  if (!table) return {};
  return { tableName: table.name, ...(table.title === '' ? {} : { tableTitle: table.title }) };
};

/** The topic back in the backlog, with `entry` for this meeting in its history when it has one. */
const backlogTopicOf = (
  state: MeetingState,
  topic: Topic,
  entry: BacklogHistoryEntry | null,
): BacklogTopic => {
  const base = { title: topic.title, description: topic.description, proposedBy: null };
  const thisMeeting = entry === null ? [] : [entry];
  if (topic.origin) {
    return {
      ...base,
      id: topic.origin.backlogTopicId,
      proposedAt: topic.origin.proposedAt,
      proposedByName: topic.origin.proposedByName,
      history: [...topic.origin.history, ...thisMeeting],
    };
  }
  const author = topic.authorId === null ? undefined : lookup(state.participants, topic.authorId);
  return {
    ...base,
    id: topic.id,
    proposedAt: topic.proposedAt,
    proposedByName: showsTopicAuthors(state.settings) ? (author?.name ?? null) : null,
    history: thisMeeting,
  };
};

/**
 * The open topics of a meeting not held yet, as backlog topics again (one pulled from the backlog
 * as it was there): a community archive carries them so, as its meetings to come move without
 * their logs.
 */
export const pendingTopics = (state: MeetingState): BacklogTopic[] =>
  openTopics(state).map((topic) => backlogTopicOf(state, topic, null));

export const concludeMeeting = (state: MeetingState, endedAt: number): Conclusion => {
  const dotsShown = showsDotTotals(state);
  const totals = tallies(state);
  const carried = openTopics(state).map((topic) => {
    return backlogTopicOf(state, topic, {
      meetingId: state.id,
      meetingTitle: state.title,
      dots: dotsShown ? (lookup(totals, topic.id) ?? 0) : null,
      ...tableNameOf(state, topic),
    });
  });
  const discussed: DiscussedTopic[] = Object.values(state.topics)
    .filter(
      (topic) => topic.status === TopicStatus.Discussing || topic.status === TopicStatus.Discussed,
    )
    .sort(byProposal)
    .map((topic) => ({ title: topic.title, backlogTopicId: topic.origin?.backlogTopicId ?? null }));
  const newActions: OpenAction[] = Object.values(state.items)
    .filter((item) => item.kind === 'action')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((item) => ({
      id: item.id,
      text: item.text,
      owner: item.owner,
      due: item.due,
      meetingId: state.id,
      meetingTitle: state.title,
      createdAt: item.createdAt,
    }));
  return {
    outcome: { endedAt, discussed, carriedOver: carried.length },
    carried,
    newActions,
    doneActionIds: state.reviewOrder.filter(
      (id) => lookup(state.reviewActions, id)?.status === 'done',
    ),
    reopenedActions: state.markedDone.flatMap((id) => {
      const reviewed = lookup(state.reviewActions, id);
      return reviewed && reviewed.status !== 'done' ? [reviewed.action] : [];
    }),
  };
};
