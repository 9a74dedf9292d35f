/**
 * What viewers may see. The public view is the same for everyone in the room; the private view is
 * one participant's own. Token hashes, who placed which dot, hidden tallies and anonymous authors
 * never appear in the public view.
 */
import type {
  Discussion,
  MeetingState,
  Participant,
  ParticipantId,
  RoundKind,
  RoundLine,
} from './model.js';
import { publicDiscussion, publicTables } from './projectTables.js';
import { publicTopics, topicsByTime } from './projectTopics.js';
import { lookup } from './records.js';
import { tableOf, tablesRunning } from './tables.js';
import type {
  PrivateView,
  Projection,
  PublicParticipantView,
  PublicRoundLine,
  PublicView,
  Viewer,
} from './view.js';
import { dotsLeft, dotsOf } from './votes.js';

const byTime = <T>(items: T[], time: (item: T) => number): T[] =>
  [...items].sort((a, b) => time(a) - time(b));

/** One view per (never mutated) state object, made the first time it is asked for. */
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

const participantView = memoBy(
  ({ id, name, role, left }: Participant): PublicParticipantView => ({ id, name, role, left }),
);

const publicParticipants = (participants: MeetingState['participants']) =>
  byTime(Object.values(participants), (participant) => participant.joinedAt).map(participantView);

const roundLine = memoBy(
  ({ participantId, text, mood, private: isPrivate }: RoundLine): PublicRoundLine => ({
    participantId,
    text,
    mood,
    private: isPrivate,
  }),
);

const roundLines = (rounds: MeetingState['rounds'], round: RoundKind): PublicRoundLine[] =>
  byTime(Object.values(rounds[round]), (line) => line.postedAt).map(roundLine);

const publicRounds = (rounds: MeetingState['rounds']): PublicView['rounds'] => ({
  checkin: roundLines(rounds, 'checkin'),
  closing: roundLines(rounds, 'closing'),
});

/** Items, settings and the speaking round are public as they are in the state. */
const publicItems = (items: MeetingState['items']) =>
  byTime(Object.values(items), (item) => item.createdAt);

const publicReviewActions = (state: MeetingState) =>
  state.reviewOrder.flatMap((id) => {
    const reviewed = lookup(state.reviewActions, id);
    return reviewed ? [reviewed] : [];
  });

/**
 * The state is never mutated (every change copies what it touches). Given the previous state and
 * its view, a part of the view whose inputs are the same objects as then is the part of then:
 * projecting costs what changed, and the diff of the two views skips the shared parts at once
 * (`prev === next`). Without `prev` (or for a changed part) it is made afresh; the two ways give
 * views that deep-equal (tests/shared/incrementalProjection.property.test.ts).
 */
/** The parts of the view made from one part of the state of the same name. */
type OwnPart = 'participants' | 'rounds' | 'discussion' | 'items';

/** The previous view's part while its part of the state is the same object, else made afresh. */
const kept = <K extends OwnPart>(
  state: MeetingState,
  prev: Projection | undefined,
  key: K,
  project: (part: MeetingState[K]) => PublicView[K],
): PublicView[K] => (prev?.state[key] === state[key] ? prev.view[key] : project(state[key]));

export const projectPublic = (state: MeetingState, prev?: Projection): PublicView => ({
  id: state.id,
  title: state.title,
  createdAt: state.createdAt,
  endedAt: state.endedAt,
  phase: state.phase,
  settings: state.settings,
  participants: kept(state, prev, 'participants', publicParticipants),
  rounds: kept(state, prev, 'rounds', publicRounds),
  speakingRound: state.speakingRound,
  topics: publicTopics(state, prev),
  queue: state.queue,
  votingClosed: state.votingClosed,
  votesRevealed: state.votesRevealed,
  dotResets: state.dotResets,
  discussion: kept(state, prev, 'discussion', publicDiscussion),
  items: kept(state, prev, 'items', publicItems),
  summary: state.summary,
  community: state.community,
  schedule: state.schedule,
  reviewActions:
    prev?.state.reviewActions === state.reviewActions &&
    prev.state.reviewOrder === state.reviewOrder
      ? prev.view.reviewActions
      : publicReviewActions(state),
  tables: publicTables(state, prev),
});

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
