/**
 * Whether two private views hold the same: a viewer is sent its view again only when they do not.
 * Exact (where a digest is only nearly) and cheaper than serialising either view. Every field is
 * compared; tests/shared/samePrivateView.test.ts changes each field of a projected view in turn, so
 * a field added to the view and forgotten here fails there.
 */
import { lookup } from './records.js';
import { sameIds } from './sameIds.js';
import type { PrivateView } from './view.js';

/** The same topics with the same counts; the order of the keys carries nothing. */
const sameDots = (a: PrivateView['dots'], b: PrivateView['dots']): boolean => {
  const topicIds = Object.keys(a);
  if (topicIds.length !== Object.keys(b).length) return false;
  for (const topicId of topicIds) if (lookup(b, topicId) !== a[topicId]) return false;
  return true;
};

export const samePrivateView = (a: PrivateView, b: PrivateView): boolean =>
  a.participantId === b.participantId &&
  a.role === b.role &&
  a.hasFacilitatorKey === b.hasFacilitatorKey &&
  a.dotsLeft === b.dotsLeft &&
  a.myContinueVote === b.myContinueVote &&
  sameIds(a.myTopicIds, b.myTopicIds) &&
  sameDots(a.dots, b.dots);
