/**
 * Applies one event to the meeting state. Pure: returns a new state and never mutates the input,
 * so the state of any point in the log can be kept and compared.
 */
import { assertNever } from './assertNever.js';
import { updateScope } from './discussionScope.js';
import { mapDots, withParticipantDots } from './dotsMap.js';
import type { EventBody, MeetingEvent } from './events.js';
import { applyTables, unseat, withoutTopicInTables, withTablesVoting } from './evolveTables.js';
import type { TableId } from './model.js';
import {
  DEFAULT_SETTINGS,
  type Discussion,
  type Dots,
  type MeetingState,
  Phase,
  Role,
  type Topic,
  type TopicId,
  TopicStatus,
} from './model.js';
import { lookup, omitKey, withKey } from './records.js';
import { addDots } from './votes.js';

export const emptyState = (meetingId: string): MeetingState => ({
  id: meetingId,
  title: '',
  createdAt: 0,
  settings: { ...DEFAULT_SETTINGS, extensionMinutes: [...DEFAULT_SETTINGS.extensionMinutes] },
  phase: Phase.Lobby,
  seq: 0,
  participants: {},
  participantByTokenHash: {},
  rounds: { checkin: {}, closing: {} },
  speakingRound: null,
  topics: {},
  queue: [],
  dots: {},
  votingClosed: false,
  votesRevealed: false,
  dotResets: 0,
  discussion: null,
  items: {},
  summary: '',
  endedAt: null,
  minutesLinks: {},
  community: null,
  schedule: null,
  reviewActions: {},
  reviewOrder: [],
  markedDone: [],
  tables: null,
});

export const evolve = (state: MeetingState, event: MeetingEvent): MeetingState => ({
  ...apply(state, event, event.at),
  seq: event.seq,
});

export const replay = (meetingId: string, events: readonly MeetingEvent[]): MeetingState =>
  events.reduce(evolve, emptyState(meetingId));

const updateTopic = (
  state: MeetingState,
  topicId: TopicId,
  change: (topic: Topic) => Partial<Topic>,
): MeetingState => {
  const topic = lookup(state.topics, topicId);
  if (!topic) return state;
  return { ...state, topics: withKey(state.topics, topicId, { ...topic, ...change(topic) }) };
};

/** Changes the discussion in progress in the event's scope (the plenary, or its table). */
const updateDiscussion = (
  state: MeetingState,
  event: { tableId?: TableId },
  change: (discussion: Discussion) => Partial<Discussion>,
): MeetingState =>
  updateScope(state, event.tableId, ({ discussion }) =>
    discussion ? { discussion: { ...discussion, ...change(discussion) } } : {},
  );

/** Unchanged when nobody had a dot there, so the totals and the view stay as they were. */
const withoutTopicDots = (dots: Dots, topicId: TopicId): Dots =>
  mapDots(dots, (perTopic) =>
    Object.hasOwn(perTopic, topicId) ? omitKey(perTopic, topicId) : perTopic,
  );

/** The notes, decisions and actions of a topic go with it (the same map when it had none). */
const withoutTopicItems = (
  items: MeetingState['items'],
  topicId: TopicId,
): MeetingState['items'] =>
  Object.values(items).some((item) => item.topicId === topicId)
    ? Object.fromEntries(Object.entries(items).filter(([, item]) => item.topicId !== topicId))
    : items;

const setRole = (state: MeetingState, participantId: string, role: Role): MeetingState => {
  const participant = lookup(state.participants, participantId);
  if (!participant) return state;
  return {
    ...state,
    participants: withKey(state.participants, participantId, { ...participant, role }),
  };
};

/** A new open topic at the end of the queue: the plenary's, or its table's. */
const addTopic = (
  state: MeetingState,
  topicId: TopicId,
  { title, description }: Pick<Topic, 'title' | 'description'>,
  authorId: Topic['authorId'],
  origin: Topic['origin'],
  at: number,
  tableId?: TableId,
): MeetingState => {
  const table = tableId && state.tables ? lookup(state.tables.tables, tableId) : undefined;
  const added = {
    ...state,
    topics: withKey(state.topics, topicId, {
      id: topicId,
      title,
      description,
      authorId,
      proposedAt: at,
      status: TopicStatus.Open,
      mergedInto: null,
      origin,
      late: table ? table.votingClosed : state.votingClosed,
      tableId: table ? table.id : null,
    }),
  };
  return updateScope(added, table?.id, ({ queue }) => ({ queue: [...queue, topicId] }));
};

const apply = (state: MeetingState, event: EventBody, at: number): MeetingState => {
  switch (event.type) {
    case 'meeting:created':
      return {
        ...state,
        id: event.meetingId,
        title: event.title,
        createdAt: at,
        settings: event.settings,
        community: event.community ?? null,
        schedule: event.schedule ?? null,
      };
    case 'participant:joined':
      return {
        ...state,
        participants: withKey(state.participants, event.participantId, {
          id: event.participantId,
          name: event.name,
          role: event.role,
          joinedAt: at,
          left: false,
        }),
        participantByTokenHash: withKey(
          state.participantByTokenHash,
          event.tokenHash,
          event.participantId,
        ),
      };
    case 'participant:removed': {
      const participant = lookup(state.participants, event.participantId);
      if (!participant) return state;
      return {
        ...unseat(state, participant.id),
        participants: withKey(state.participants, participant.id, { ...participant, left: true }),
        participantByTokenHash: Object.fromEntries(
          Object.entries(state.participantByTokenHash).filter(([, id]) => id !== participant.id),
        ),
        dots: event.dotsWithdrawn
          ? withParticipantDots(state.dots, participant.id, undefined)
          : state.dots,
      };
    }
    case 'participant:rejoined':
    case 'participant:left':
    case 'participant:renamed': {
      const participant = lookup(state.participants, event.participantId);
      if (!participant) return state;
      const changed =
        event.type === 'participant:renamed'
          ? { ...participant, name: event.name }
          : { ...participant, left: event.type === 'participant:left' };
      return { ...state, participants: withKey(state.participants, event.participantId, changed) };
    }
    case 'round:posted': {
      const lines = state.rounds[event.round];
      const previous = lookup(lines, event.participantId);
      const line = {
        participantId: event.participantId,
        text: event.text,
        mood: event.mood,
        private: event.private,
        // An edited line keeps its place in the round.
        postedAt: previous?.postedAt ?? at,
      };
      return {
        ...state,
        rounds: { ...state.rounds, [event.round]: withKey(lines, event.participantId, line) },
      };
    }
    case 'round:started':
      return {
        ...state,
        speakingRound: {
          kind: event.round,
          order: event.order,
          currentIndex: 0,
          timer: event.timer,
          autoAdvance: event.autoAdvance ?? false,
        },
      };
    case 'round:reordered':
      return state.speakingRound
        ? { ...state, speakingRound: { ...state.speakingRound, order: event.order } }
        : state;
    case 'round:advanced':
      return state.speakingRound
        ? {
            ...state,
            speakingRound: {
              ...state.speakingRound,
              currentIndex: event.index,
              timer: event.timer,
            },
          }
        : state;
    case 'round:ended':
      return { ...state, speakingRound: null };
    case 'topic:proposed':
      return addTopic(state, event.topicId, event, event.authorId, null, at, event.tableId);
    case 'topic:imported':
      return addTopic(state, event.topicId, event, null, event.origin, at);
    case 'topic:edited':
      return updateTopic(state, event.topicId, () => ({
        title: event.title,
        description: event.description,
      }));
    case 'topic:deleted':
      return {
        ...withoutTopicInTables(state, event.topicId),
        topics: omitKey(state.topics, event.topicId),
        queue: state.queue.filter((id) => id !== event.topicId),
        dots: withoutTopicDots(state.dots, event.topicId),
        items: withoutTopicItems(state.items, event.topicId),
      };
    case 'topic:merged': {
      const merged = updateTopic(
        withoutTopicInTables(state, event.sourceId),
        event.sourceId,
        () => ({
          status: TopicStatus.Merged,
          mergedInto: event.targetId,
        }),
      );
      const dots = Object.entries(event.moved).reduce(
        (acc, [pid, n]) => addDots(acc, pid, event.targetId, n),
        withoutTopicDots(merged.dots, event.sourceId),
      );
      return { ...merged, dots, queue: merged.queue.filter((id) => id !== event.sourceId) };
    }
    case 'vote:cast':
      return { ...state, dots: addDots(state.dots, event.participantId, event.topicId, 1) };
    case 'vote:retracted':
      return { ...state, dots: addDots(state.dots, event.participantId, event.topicId, -1) };
    case 'vote:closed':
      return withTablesVoting(
        { ...state, queue: event.queue, votingClosed: true, votesRevealed: true },
        true,
        event.tables,
      );
    case 'vote:revealed':
      return { ...state, votesRevealed: true };
    case 'vote:reopened':
      return withTablesVoting({ ...state, votingClosed: false }, false);
    case 'vote:reset':
      return {
        ...withTablesVoting(state, false),
        dots: {},
        votingClosed: false,
        votesRevealed: false,
        dotResets: state.dotResets + 1,
      };
    case 'queue:reordered':
      return { ...state, queue: event.queue };
    case 'discussion:started':
      return updateScope(
        updateTopic(state, event.topicId, () => ({ status: TopicStatus.Discussing })),
        event.tableId,
        () => ({
          discussion: {
            topicId: event.topicId,
            round: 0,
            timer: event.timer,
            timeboxMs: event.timer.durationMs,
            continueVote: null,
          },
        }),
      );
    case 'timer:paused':
      return updateDiscussion(state, event, (d) => ({
        timer: { ...d.timer, pausedRemainingMs: event.remainingMs },
      }));
    case 'timer:resumed':
      return updateDiscussion(state, event, () => ({ timer: event.timer }));
    case 'timer:set':
      return updateDiscussion(state, event, () => ({ timer: event.timer }));
    case 'timer:extended':
      return updateDiscussion(state, event, () => ({ timer: event.timer, continueVote: null }));
    case 'timer:expired':
      // The countdown is over however much was left: the timer shows zero from now on.
      return updateDiscussion(state, event, () => ({
        timer: { startedAt: at, durationMs: 0, pausedRemainingMs: null },
        continueVote: { openedAt: at, votes: {} },
      }));
    case 'continue:voted':
      return updateDiscussion(state, event, (d) =>
        d.continueVote
          ? {
              continueVote: {
                ...d.continueVote,
                votes: withKey(d.continueVote.votes, event.participantId, event.choice),
              },
            }
          : {},
      );
    case 'discussion:continued':
      return updateDiscussion(state, event, () => ({
        round: event.round,
        timer: event.timer,
        continueVote: null,
      }));
    case 'topic:reopened':
      return {
        ...updateTopic(state, event.topicId, () => ({ status: TopicStatus.Open })),
        queue: [event.topicId, ...state.queue],
      };
    case 'discussion:closed':
      return updateScope(
        updateTopic(state, event.topicId, () => ({ status: TopicStatus.Discussed })),
        event.tableId,
        ({ queue }) => ({ queue: queue.filter((id) => id !== event.topicId), discussion: null }),
      );
    case 'item:added':
      return {
        ...state,
        items: withKey(state.items, event.itemId, {
          id: event.itemId,
          topicId: event.topicId,
          kind: event.kind,
          text: event.text,
          owner: event.owner,
          due: event.due,
          authorId: event.authorId,
          createdAt: at,
        }),
      };
    case 'item:edited': {
      const item = lookup(state.items, event.itemId);
      if (!item) return state;
      const { kind, text, owner, due } = event;
      return {
        ...state,
        items: withKey(state.items, item.id, { ...item, kind, text, owner, due }),
      };
    }
    case 'item:deleted':
      return { ...state, items: omitKey(state.items, event.itemId) };
    case 'summary:set':
      return { ...state, summary: event.text };
    case 'actions:imported': {
      const fresh = event.actions.filter((action) => !lookup(state.reviewActions, action.id));
      return {
        ...state,
        reviewActions: fresh.reduce(
          (acc, action) => withKey(acc, action.id, { action, status: 'open' as const }),
          state.reviewActions,
        ),
        reviewOrder: [...state.reviewOrder, ...fresh.map((action) => action.id)],
      };
    }
    case 'action:reviewed': {
      const reviewed = lookup(state.reviewActions, event.actionId);
      if (!reviewed) return state;
      return {
        ...state,
        reviewActions: withKey(state.reviewActions, event.actionId, {
          ...reviewed,
          status: event.status,
        }),
        markedDone:
          event.status === 'done' && !state.markedDone.includes(event.actionId)
            ? [...state.markedDone, event.actionId]
            : state.markedDone,
      };
    }
    case 'phase:changed':
      return { ...state, phase: event.to };
    case 'settings:changed':
      return { ...state, settings: event.settings };
    case 'role:changed':
      return setRole(state, event.participantId, event.role);
    case 'facilitation:handedOver': {
      const demoted =
        event.from !== null && event.from !== event.to
          ? setRole(state, event.from, Role.Cofacilitator)
          : state;
      return setRole(demoted, event.to, Role.Facilitator);
    }
    case 'meeting:ended':
      return { ...state, phase: Phase.Ended, endedAt: at };
    case 'minutesLink:created':
      return {
        ...state,
        minutesLinks: withKey(state.minutesLinks, event.linkId, {
          id: event.linkId,
          secretHash: event.secretHash,
          createdAt: at,
        }),
      };
    case 'minutesLink:revoked':
      return { ...state, minutesLinks: omitKey(state.minutesLinks, event.linkId) };
    case 'tables:formed':
    case 'tables:seated':
    case 'tables:hostSet':
    case 'tables:whereSet':
    case 'tables:renamed':
    case 'tables:voteClosed':
    case 'tables:pulled':
    case 'tables:timeCalled':
    case 'tables:harvested':
    case 'tables:rejoined':
      return applyTables(state, event, at);
    default:
      return assertNever(event);
  }
};
