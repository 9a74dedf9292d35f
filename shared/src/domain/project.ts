/**
 * What viewers may see. The public view is the same for everyone in the room; the private view is
 * one participant's own. Token hashes, who placed which dot, hidden tallies and anonymous authors
 * never appear in the public view.
 */
import type { Discussion, MeetingState, ParticipantId, RoundKind, Topic } from './model.js';
import { showsDotTotals, showsTopicAuthors } from './privacy.js';
import { publicDiscussion, publicTables } from './projectTables.js';
import { lookup } from './records.js';
import { tableOf, tablesRunning } from './tables.js';
import type {
  PrivateView,
  PublicParticipantView,
  PublicRoundLine,
  PublicTopicView,
  PublicView,
  Viewer,
} from './view.js';
import { dotsLeft, dotsOf, tallies } from './votes.js';

const byTime = <T>(items: T[], time: (item: T) => number): T[] =>
  [...items].sort((a, b) => time(a) - time(b));

/**
 * The state is never mutated (every change copies what it touches), so a part of the view made
 * from an unchanged part of the state is reused: projecting costs only what changed, and the
 * server's diff of two views skips the shared parts at once (`prev === next`).
 */
const memoBy = <K extends object, V>(project: (key: K) => V): ((key: K) => V) => {
  const made = new WeakMap<K, V>();
  return (key) => {
    const known = made.get(key);
    if (known !== undefined) return known;
    const value = project(key);
    made.set(key, value);
    return value;
  };
};

/** The topics in proposal order, made once per topics map (dots and phases leave it alone). */
const topicsByTime = memoBy((topics: MeetingState['topics']): readonly Topic[] =>
  byTime(Object.values(topics), (topic) => topic.proposedAt),
);

const copyOfQueue = memoBy((queue: MeetingState['queue']) => [...queue]);

const publicSettings = memoBy((settings: MeetingState['settings']) => ({
  ...settings,
  extensionMinutes: [...settings.extensionMinutes],
}));

const publicParticipants = memoBy(
  (participants: MeetingState['participants']): PublicParticipantView[] =>
    byTime(Object.values(participants), (participant) => participant.joinedAt).map(
      ({ id, name, role, left }) => ({ id, name, role, left }),
    ),
);

const publicRounds = memoBy((rounds: MeetingState['rounds']) => ({
  checkin: roundLines(rounds, 'checkin'),
  closing: roundLines(rounds, 'closing'),
}));

const publicItems = memoBy((items: MeetingState['items']) =>
  byTime(Object.values(items), (item) => item.createdAt).map((item) => ({ ...item })),
);

/** A topic's view, reused while the topic, its total and the two settings it shows stay the same. */
const topicViews = new WeakMap<Topic, PublicTopicView>();

const publicTopic = (topic: Topic, authorId: ParticipantId | null, dots: number | null) => {
  const known = topicViews.get(topic);
  if (known && known.authorId === authorId && known.dots === dots) return known;
  const view: PublicTopicView = {
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
  };
  topicViews.set(topic, view);
  return view;
};

const roundLines = (rounds: MeetingState['rounds'], round: RoundKind): PublicRoundLine[] =>
  byTime(Object.values(rounds[round]), (line) => line.postedAt).map(
    ({ participantId, text, mood, private: isPrivate }) => ({
      participantId,
      text,
      mood,
      private: isPrivate,
    }),
  );

export const projectPublic = (state: MeetingState): PublicView => {
  const dotsShown = showsDotTotals(state);
  const authorsShown = showsTopicAuthors(state.settings);
  const totals = tallies(state);
  return {
    id: state.id,
    title: state.title,
    createdAt: state.createdAt,
    endedAt: state.endedAt,
    phase: state.phase,
    settings: publicSettings(state.settings),
    participants: publicParticipants(state.participants),
    rounds: publicRounds(state.rounds),
    speakingRound: state.speakingRound
      ? { ...state.speakingRound, order: [...state.speakingRound.order] }
      : null,
    topics: topicsByTime(state.topics).map((topic) =>
      publicTopic(
        topic,
        authorsShown ? topic.authorId : null,
        dotsShown ? (lookup(totals, topic.id) ?? 0) : null,
      ),
    ),
    queue: copyOfQueue(state.queue),
    votingClosed: state.votingClosed,
    votesRevealed: state.votesRevealed,
    dotResets: state.dotResets,
    discussion: publicDiscussion(state.discussion),
    items: publicItems(state.items),
    summary: state.summary,
    community: state.community,
    schedule: state.schedule,
    reviewActions: state.reviewOrder.flatMap((id) => {
      const reviewed = lookup(state.reviewActions, id);
      return reviewed ? [reviewed] : [];
    }),
    tables: publicTables(state),
  };
};

/** My thumb in a discussion's open continue-vote, if I gave one. */
const myChoice = (discussion: Discussion | null, participantId: ParticipantId) => {
  const vote = discussion?.continueVote;
  return (vote ? lookup(vote.votes, participantId) : undefined) ?? null;
};

export const projectPrivate = (state: MeetingState, viewer: Viewer): PrivateView => {
  const participant =
    viewer.participantId === null ? undefined : lookup(state.participants, viewer.participantId);
  if (!participant) {
    return {
      participantId: null,
      role: null,
      hasFacilitatorKey: viewer.hasFacilitatorKey,
      dots: {},
      dotsLeft: state.settings.dotsPerPerson,
      myTopicIds: [],
      myContinueVote: null,
    };
  }
  // Seated at a running table I vote there; otherwise in the plenary.
  const myTableId = tablesRunning(state.tables) ? tableOf(state.tables, participant.id) : null;
  const myTable = myTableId && state.tables ? lookup(state.tables.tables, myTableId) : undefined;
  return {
    participantId: participant.id,
    role: participant.role,
    hasFacilitatorKey: viewer.hasFacilitatorKey,
    dots: { ...dotsOf(state, participant.id) },
    dotsLeft: dotsLeft(state, participant.id),
    myTopicIds: topicsByTime(state.topics)
      .filter((topic) => topic.authorId === participant.id)
      .map((topic) => topic.id),
    myContinueVote: myChoice(myTable ? myTable.discussion : state.discussion, participant.id),
  };
};
