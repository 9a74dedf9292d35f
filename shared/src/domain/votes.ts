/** Dot voting: budgets, per-topic caps, tallies and the order voting produces. */
import { dotEntries, participantDots, withParticipantDots } from './dotsMap.js';
import type { Dots, MeetingState, ParticipantId, Settings, TopicId } from './model.js';
import { lookup, omitKey, withKey } from './records.js';

const NO_DOTS: Readonly<Record<TopicId, number>> = {};

export const dotsOf = (
  state: MeetingState,
  participantId: ParticipantId,
): Readonly<Record<TopicId, number>> => participantDots(state.dots, participantId) ?? NO_DOTS;

export const dotsUsed = (state: MeetingState, participantId: ParticipantId): number =>
  Object.values(dotsOf(state, participantId)).reduce((sum, n) => sum + n, 0);

export const dotsLeft = (state: MeetingState, participantId: ParticipantId): number =>
  Math.max(0, state.settings.dotsPerPerson - dotsUsed(state, participantId));

export const dotsOnTopic = (
  state: MeetingState,
  participantId: ParticipantId,
  topicId: TopicId,
): number => lookup(dotsOf(state, participantId), topicId) ?? 0;

/**
 * Totals made from one (never mutated) dots map: every commit asks, few commits change the dots,
 * and a dot placed or taken back (`addDots`) carries the totals it changed over to the new map.
 */
const talliesOfDots = new WeakMap<Dots, Readonly<Record<TopicId, number>>>();

/** Total dots per topic (topics without dots are absent). */
export const tallies = (state: Pick<MeetingState, 'dots'>): Readonly<Record<TopicId, number>> => {
  const known = talliesOfDots.get(state.dots);
  if (known) return known;
  const totals: Record<TopicId, number> = {};
  for (const [, perTopic] of dotEntries(state.dots)) {
    for (const [topicId, n] of Object.entries(perTopic)) {
      totals[topicId] = (totals[topicId] ?? 0) + n;
    }
  }
  talliesOfDots.set(state.dots, totals);
  return totals;
};

/**
 * Beyond this many topics with dots a copy of the totals costs about what a recount does (V8
 * keeps such a big object as a dictionary, slow to copy: measured at 200 topics and 500 people,
 * ~50 µs either way), so the totals are left to `tallies` to count when asked.
 */
const CARRIED_TOPICS = 64;

/**
 * The dots with one person's dots on one topic changed by `delta` (none left: the entry goes).
 * When the old map's totals are known, the new map's are that one total changed: a dot costs a
 * copy of the totals instead of a recount of everyone's dots.
 */
export const addDots = (
  dots: Dots,
  participantId: ParticipantId,
  topicId: TopicId,
  delta: number,
): Dots => {
  const mine = participantDots(dots, participantId) ?? {};
  const before = lookup(mine, topicId) ?? 0;
  const after = before + delta;
  const updated = after > 0 ? withKey(mine, topicId, after) : omitKey(mine, topicId);
  const next = withParticipantDots(dots, participantId, updated);
  const known = talliesOfDots.get(dots);
  if (known && Object.keys(known).length <= CARRIED_TOPICS) {
    const total = (lookup(known, topicId) ?? 0) + Math.max(after, 0) - before;
    talliesOfDots.set(next, total > 0 ? withKey(known, topicId, total) : omitKey(known, topicId));
  }
  return next;
};

export const anyDotCast = (state: MeetingState): boolean =>
  dotEntries(state.dots).some(([, perTopic]) => Object.values(perTopic).some((n) => n > 0));

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
