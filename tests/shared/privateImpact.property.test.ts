/**
 * After a change the server re-sends private views only to the participants the events concern.
 * Over random meetings: every private view that changed belongs to someone the events name.
 */
import { EVERYONE, isDomainError, privateImpact, projectPrivate } from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorFor, commandFor, randomStart, startMeeting, step } from '../helpers/randomSteps.js';

describe('whose private view a change concerns', () => {
  it('never misses a participant whose private view changed', () => {
    fc.assert(
      fc.property(
        randomStart,
        fc.array(step, { minLength: 1, maxLength: 120, size: 'max' }),
        (start, steps) => {
          const m = startMeeting(start);
          for (const s of steps) {
            m.advance(s.advanceMs);
            const before = m.state;
            const command = commandFor(m, s);
            const result = m.run(actorFor(m, s, command), command);
            if (isDomainError(result)) continue;
            const impact = privateImpact(result);
            if (impact === EVERYONE) continue;
            for (const participantId of Object.keys(m.state.participants)) {
              if (impact.has(participantId)) continue;
              const viewer = { participantId, hasFacilitatorKey: false };
              expect(projectPrivate(m.state, viewer)).toEqual(projectPrivate(before, viewer));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
