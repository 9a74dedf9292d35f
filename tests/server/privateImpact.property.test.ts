/**
 * After a change the server re-sends private views only to the participants the events concern.
 * Over random meetings: every private view that changed belongs to someone the events name.
 */
import { isDomainError, type Phase, projectPrivate } from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERYONE, privateImpact } from '../../server/src/meetings/privateImpact.js';
import { clientActor, meeting } from '../helpers/builders.js';
import {
  commandFor,
  currentFacilitator,
  PEOPLE,
  randomSettings,
  step,
} from '../helpers/randomSteps.js';

describe('whose private view a change concerns', () => {
  it('never misses a participant whose private view changed', () => {
    fc.assert(
      fc.property(
        randomSettings,
        fc.constantFrom<Phase>('lobby', 'vote', 'discuss'),
        fc.array(step, { minLength: 1, maxLength: 120, size: 'max' }),
        (chosen, start, steps) => {
          const topics = start === 'lobby' ? [] : ['A', 'B', 'C', 'D'];
          const { m } = meeting({ participants: 3, settings: chosen, phase: start, topics });
          for (const s of steps) {
            m.advance(s.advanceMs);
            const before = m.state;
            const command = commandFor(m, s);
            const name = s.person === 0 ? currentFacilitator(m) : (PEOPLE[s.person] ?? 'stranger');
            const isSystem =
              command.type === 'timer:expire' || command.type === 'facilitation:failover';
            const actor =
              isSystem && s.withKey
                ? { kind: 'system' as const }
                : clientActor(name, name === 'facilitator' || s.withKey);
            const result = m.run(actor, command);
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
