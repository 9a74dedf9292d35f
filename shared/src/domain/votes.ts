/** Dot voting: budgets, per-topic caps, tallies and the order voting produces. */
import type { MeetingState, ParticipantId, Settings, TopicId } from './model.js';
import { lookup } from './records.js';

const NO_DOTS: Readonly<Record<TopicId, number>> = {};

export const dotsOf = (
  state: MeetingState,
  participantId: ParticipantId,
): Record<TopicId, number> => lookup(state.dots, participantId) ?? NO_DOTS;

export const dotsUsed = (state: MeetingState, participantId: ParticipantId): number =>
  Object.values(dotsOf(state, participantId)).reduce((sum, n) => sum + n, 0);

export const dotsLeft = (state: MeetingState, participantId: ParticipantId): number =>
  Math.max(0, state.settings.dotsPerPerson - dotsUsed(state, participantId));

export const dotsOnTopic = (
  state: MeetingState,
  participantId: ParticipantId,
  topicId: TopicId,
): number => lookup(dotsOf(state, participantId), topicId) ?? 0;

/** Totals made from one (never mutated) dots map: every commit asks, few commits change the dots. */
const talliesOfDots = new WeakMap<MeetingState['dots'], Readonly<Record<TopicId, number>>>();

/** Total dots per topic (topics without dots are absent). */
export const tallies = (state: MeetingState): Readonly<Record<TopicId, number>> => {
  const known = talliesOfDots.get(state.dots);
  if (known) return known;
  const totals: Record<TopicId, number> = {};
  for (const perTopic of Object.values(state.dots)) {
    for (const [topicId, n] of Object.entries(perTopic)) {
      totals[topicId] = (totals[topicId] ?? 0) + n;
    }
  }
  talliesOfDots.set(state.dots, totals);
  return totals;
};

export const anyDotCast = (state: MeetingState): boolean =>
  Object.values(state.dots).some((perTopic) => Object.values(perTopic).some((n) => n > 0));

/**
 * A queue (the plenary's, or a table's) ordered by dots, most first; ties keep the earlier
 * proposed topic first.
 */
export const queueByDots = (state: MeetingState, queue: TopicId[] = state.queue): TopicId[] => {
  const totals = tallies(state);
  const proposedAt = (id: TopicId) => lookup(state.topics, id)?.proposedAt ?? 0;
  return queue
    .map((id, index) => ({ id, index }))
    .sort(
      (a, b) =>
        (totals[b.id] ?? 0) - (totals[a.id] ?? 0) ||
        proposedAt(a.id) - proposedAt(b.id) ||
        a.index - b.index,
    )
    .map(({ id }) => id);
};

/** Does changing these settings change the rules of dots already placed? */
export const changesDotRules = (current: Settings, next: Settings): boolean =>
  current.dotsPerPerson !== next.dotsPerPerson || current.maxDotsPerTopic !== next.maxDotsPerTopic;
