/**
 * A private view is sent again only when it differs from the one last sent: any difference in
 * any field counts, and a view projected afresh from the same state is the same.
 */
import {
  isDomainError,
  type PrivateView,
  participantIdForToken,
  projectPrivate,
  samePrivateView,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers/builders.js';
import { forRandomMeetings, PEOPLE, playStep } from '../helpers/randomSteps.js';

const base: PrivateView = {
  participantId: 'p1',
  role: 'participant',
  hasFacilitatorKey: false,
  dots: { t1: 2, t2: 1 },
  dotsLeft: 2,
  myTopicIds: ['t1', 't3'],
  myContinueVote: null,
};

/** Another value of the same kind as `value`. */
const otherThan = (value: unknown): unknown => {
  if (Array.isArray(value)) return [...value, 'another'];
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (value !== null && typeof value === 'object') return { ...value, another: 1 };
  return 'another';
};

/** The view's JSON with the dots' keys in order (what a client reads, whatever the key order). */
const canonical = (view: PrivateView): string =>
  JSON.stringify({ ...view, dots: Object.fromEntries(Object.entries(view.dots).sort()) });

describe('whether a private view changed', () => {
  it('is unchanged when projected afresh from the same state', () => {
    const { m } = meeting({ participants: 2, phase: 'vote', topics: ['A', 'B'] });
    const viewer = { participantId: m.id('p1'), hasFacilitatorKey: false };
    expect(samePrivateView(projectPrivate(m.state, viewer), projectPrivate(m.state, viewer))).toBe(
      true,
    );
  });

  it('changes when only the dots moved to another topic', () => {
    expect(samePrivateView(base, { ...base, dots: { t1: 1, t2: 2 } })).toBe(false);
    expect(samePrivateView(base, { ...base, dots: { t1: 2, t3: 1 } })).toBe(false);
    expect(samePrivateView(base, { ...base, dots: { t1: 2 } })).toBe(false);
  });

  it('does not change when only the order of the dots’ topics did', () => {
    expect(samePrivateView(base, { ...base, dots: { t2: 1, t1: 2 } })).toBe(true);
  });

  it('changes when only my topics changed, or their order', () => {
    expect(samePrivateView(base, { ...base, myTopicIds: ['t1'] })).toBe(false);
    expect(samePrivateView(base, { ...base, myTopicIds: ['t3', 't1'] })).toBe(false);
  });

  it('changes when only the role changed', () => {
    expect(samePrivateView(base, { ...base, role: 'scribe' })).toBe(false);
  });

  it('changes with any one field of a projected view, whichever it is', () => {
    const { m } = meeting({ participants: 2, phase: 'vote', topics: ['A', 'B'] });
    const view = projectPrivate(m.state, { participantId: m.id('p1'), hasFacilitatorKey: true });
    for (const field of Object.keys(view) as (keyof PrivateView)[]) {
      const changed = { ...view, [field]: otherThan(view[field]) };
      expect(samePrivateView(view, changed), field).toBe(false);
    }
  });

  it('agrees with comparing the views as JSON over random meetings', () => {
    forRandomMeetings({ maxSteps: 60, numRuns: 150 }, (m, steps) => {
      for (const s of steps) {
        const before = m.state;
        if (isDomainError(playStep(m, s))) continue;
        for (const name of PEOPLE) {
          const participantId = participantIdForToken(m.state, `hash-${name}`);
          const viewer = { participantId, hasFacilitatorKey: s.withKey };
          const [then, now] = [projectPrivate(before, viewer), projectPrivate(m.state, viewer)];
          expect(samePrivateView(then, now)).toBe(canonical(then) === canonical(now));
        }
      }
    });
  });
});
