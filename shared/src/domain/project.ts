/**
 * What viewers may see. The public view is the same for everyone in the room; the private view is
 * one participant's own. Token hashes, who placed which dot, hidden tallies and anonymous authors
 * never appear in the public view.
 */
import { tallyContinueVote } from './continueVote.js';
import type { MeetingState, RoundKind } from './model.js';
import { participantsInJoinOrder } from './participants.js';
import { lookup } from './records.js';
import type { PrivateView, PublicRoundLine, PublicView, Viewer } from './view.js';
import { dotsLeft, dotsOf, tallies } from './votes.js';

const byTime = <T>(items: T[], time: (item: T) => number): T[] =>
  [...items].sort((a, b) => time(a) - time(b));

const roundLines = (state: MeetingState, round: RoundKind): PublicRoundLine[] =>
  byTime(Object.values(state.rounds[round]), (line) => line.postedAt).map(
    ({ participantId, text, mood, private: isPrivate }) => ({
      participantId,
      text,
      mood,
      private: isPrivate,
    }),
  );

export const projectPublic = (state: MeetingState): PublicView => {
  const hidden = state.settings.hiddenVotes && !state.votesRevealed;
  const totals = tallies(state);
  const { discussion } = state;
  return {
    id: state.id,
    title: state.title,
    createdAt: state.createdAt,
    endedAt: state.endedAt,
    phase: state.phase,
    settings: { ...state.settings, extensionMinutes: [...state.settings.extensionMinutes] },
    participants: participantsInJoinOrder(state).map(({ id, name, role, left }) => ({
      id,
      name,
      role,
      left,
    })),
    rounds: { checkin: roundLines(state, 'checkin'), closing: roundLines(state, 'closing') },
    speakingRound: state.speakingRound
      ? { ...state.speakingRound, order: [...state.speakingRound.order] }
      : null,
    topics: byTime(Object.values(state.topics), (topic) => topic.proposedAt).map((topic) => ({
      id: topic.id,
      title: topic.title,
      description: topic.description,
      authorId: state.settings.anonymousTopics ? null : topic.authorId,
      proposedAt: topic.proposedAt,
      status: topic.status,
      mergedInto: topic.mergedInto,
      dots: hidden ? null : (lookup(totals, topic.id) ?? 0),
      origin: topic.origin,
    })),
    queue: [...state.queue],
    votingClosed: state.votingClosed,
    votesRevealed: state.votesRevealed,
    discussion: discussion
      ? {
          topicId: discussion.topicId,
          round: discussion.round,
          timer: { ...discussion.timer },
          continueVote: discussion.continueVote
            ? {
                openedAt: discussion.continueVote.openedAt,
                tally: tallyContinueVote(discussion.continueVote),
                voters: Object.keys(discussion.continueVote.votes).length,
              }
            : null,
        }
      : null,
    items: byTime(Object.values(state.items), (item) => item.createdAt).map((item) => ({
      ...item,
    })),
    summary: state.summary,
    community: state.community,
    reviewActions: state.reviewOrder.flatMap((id) => {
      const reviewed = lookup(state.reviewActions, id);
      return reviewed ? [reviewed] : [];
    }),
  };
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
  const myVote = state.discussion?.continueVote
    ? lookup(state.discussion.continueVote.votes, participant.id)
    : undefined;
  return {
    participantId: participant.id,
    role: participant.role,
    hasFacilitatorKey: viewer.hasFacilitatorKey,
    dots: { ...dotsOf(state, participant.id) },
    dotsLeft: dotsLeft(state, participant.id),
    myTopicIds: byTime(Object.values(state.topics), (topic) => topic.proposedAt)
      .filter((topic) => topic.authorId === participant.id)
      .map((topic) => topic.id),
    myContinueVote: myVote ?? null,
  };
};
