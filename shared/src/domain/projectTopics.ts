/**
 * The topics of the public view, in proposal order. A topic's view depends on the topic, on its
 * dot total (from everyone's dots) and on two promises of the settings (anonymous topics, hidden
 * votes), so it is reused only while all of these are what they were; the list is reused while
 * every topic's view is.
 */
import type { MeetingState, ParticipantId, Topic } from './model.js';
import { showsDotTotals, showsTopicAuthors } from './privacy.js';
import { lookup } from './records.js';
import type { Projection, PublicTopicView } from './view.js';
import { tallies } from './votes.js';

const sortedLists = new WeakMap<MeetingState['topics'], readonly Topic[]>();

/** The topics in proposal order, made once per topics map (dots and phases leave it alone). */
export const topicsByTime = (topics: MeetingState['topics']): readonly Topic[] => {
  const known = sortedLists.get(topics);
  if (known) return known;
  const sorted = Object.values(topics).sort((a, b) => a.proposedAt - b.proposedAt);
  sortedLists.set(topics, sorted);
  return sorted;
};

const topicView = (
  topic: Topic,
  authorId: ParticipantId | null,
  dots: number | null,
): PublicTopicView => ({
  id: topic.id,
  title: topic.title,
  description: topic.description,
  authorId,
  proposedAt: topic.proposedAt,
  status: topic.status,
  mergedInto: topic.mergedInto,
  dots,
  origin: topic.origin,
  late: topic.late,
  tableId: topic.tableId,
});

/** Whether nothing a topic's view is made of changed between the two states. */
const sameInputs = (before: MeetingState, state: MeetingState, dotsShown: boolean): boolean =>
  before.topics === state.topics &&
  showsTopicAuthors(before.settings) === showsTopicAuthors(state.settings) &&
  showsDotTotals(before) === dotsShown &&
  (!dotsShown || before.dots === state.dots);

export const publicTopics = (state: MeetingState, prev?: Projection): PublicTopicView[] => {
  const dotsShown = showsDotTotals(state);
  if (prev && sameInputs(prev.state, state, dotsShown)) return prev.view.topics;
  const authorsShown = showsTopicAuthors(state.settings);
  const totals = dotsShown ? tallies(state) : null;
  const ordered = topicsByTime(state.topics);
  // The previous view's topics are its state's topics in the same order, index for index.
  const before = prev ? topicsByTime(prev.state.topics) : [];
  const old = prev ? prev.view.topics : [];
  let allKept = ordered.length === old.length;
  const views = ordered.map((topic, index) => {
    const authorId = authorsShown ? topic.authorId : null;
    const dots = totals ? (lookup(totals, topic.id) ?? 0) : null;
    const kept = old[index];
    if (kept && before[index] === topic && kept.authorId === authorId && kept.dots === dots) {
      return kept;
    }
    allKept = false;
    return topicView(topic, authorId, dots);
  });
  return allKept ? old : views;
};
