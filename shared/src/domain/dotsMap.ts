/**
 * Everyone's dots, kept in buckets by participant: one person's dot copies their bucket and the
 * small index of buckets, not an entry per participant. With one flat record keyed by participant
 * every dot copied all of it: in a meeting of 500 that record is a dictionary to V8, and its copy
 * took 50–170 µs a dot. The state is rebuilt from the events, never stored, so its shape is free.
 */
import type { Dots, ParticipantId, TopicDots } from './model.js';
import { lookup, omitKey, withKey } from './records.js';

/**
 * 32 buckets: enough for 500 people to copy a few dozen entries a dot; the same keys in every
 * meeting. One character each: V8 keeps those strings internalized, so looking a bucket up is a
 * plain property load (a key built as `b${n}` went through V8's string table on every read).
 */
const BUCKET_KEYS = 'abcdefghijklmnopqrstuvwxyzABCDEF';

/** The bucket of a participant (a string hash of the id: ids are anyone's choice in tests). */
export const bucketOf = (participantId: ParticipantId): string => {
  let hash = 0;
  for (let i = 0; i < participantId.length; i += 1) {
    hash = (hash * 31 + participantId.charCodeAt(i)) | 0;
  }
  return BUCKET_KEYS.charAt((hash >>> 0) % BUCKET_KEYS.length);
};

/** One person's dots by topic (undefined: they never voted, or their dots were withdrawn). */
export const participantDots = (
  dots: Dots,
  participantId: ParticipantId,
): TopicDots | undefined => {
  const bucket = lookup(dots, bucketOf(participantId));
  return bucket && lookup(bucket, participantId);
};

/** The dots with one person's replaced (undefined: removed; the same map when they had none). */
export const withParticipantDots = (
  dots: Dots,
  participantId: ParticipantId,
  perTopic: TopicDots | undefined,
): Dots => {
  const key = bucketOf(participantId);
  const bucket = lookup(dots, key) ?? {};
  if (perTopic !== undefined) return withKey(dots, key, withKey(bucket, participantId, perTopic));
  if (!Object.hasOwn(bucket, participantId)) return dots;
  const rest = omitKey(bucket, participantId);
  return Object.keys(rest).length > 0 ? withKey(dots, key, rest) : omitKey(dots, key);
};

/** Everyone who has dots (or had, and took them all back), with their dots by topic. */
export const dotEntries = (dots: Dots): [ParticipantId, TopicDots][] =>
  Object.values(dots).flatMap((bucket) => Object.entries(bucket));

/** The dots with `change` applied to each person's; buckets where nobody's changed are kept. */
export const mapDots = (dots: Dots, change: (perTopic: TopicDots) => TopicDots): Dots => {
  let next = dots;
  for (const [key, bucket] of Object.entries(dots)) {
    let changed = bucket;
    for (const [participantId, perTopic] of Object.entries(bucket)) {
      const updated = change(perTopic);
      if (updated !== perTopic) changed = withKey(changed, participantId, updated);
    }
    if (changed !== bucket) next = withKey(next, key, changed);
  }
  return next;
};
