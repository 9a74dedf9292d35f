/**
 * After a change the server re-sends private views only to the participants the events concern.
 * Over random meetings: every private view that changed belongs to someone the events name.
 */
import { EVERYONE, isDomainError, privateImpact, projectPrivate } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { forRandomMeetings, playStep } from '../helpers/randomSteps.js';

describe('whose private view a change concerns', () => {
  it('never misses a participant whose private view changed', () => {
    forRandomMeetings({ maxSteps: 120, numRuns: 300 }, (m, steps) => {
      for (const s of steps) {
        const before = m.state;
        const result = playStep(m, s);
        if (isDomainError(result)) continue;
        const impact = privateImpact(result);
        if (impact === EVERYONE) continue;
        for (const participantId of Object.keys(m.state.participants)) {
          if (impact.has(participantId)) continue;
          const viewer = { participantId, hasFacilitatorKey: false };
          expect(projectPrivate(m.state, viewer)).toEqual(projectPrivate(before, viewer));
        }
      }
    });
  });
});
