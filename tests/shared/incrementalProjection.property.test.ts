/**
 * The server projects each commit's view from the previous one (`projectPublic(state, prev)`),
 * reusing every part whose inputs did not change, and trims each audience's part from the
 * previous one (`viewFor(view, audience, prevView)`). Over random meetings the result must be
 * exactly the fresh projection, and each audience's patch must bring its previous view there.
 */
import {
  applyPatch,
  audiencesOf,
  diff,
  evolve,
  isDomainError,
  type MeetingState,
  type Projection,
  projectPublic,
  tallies,
  viewFor,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { forRandomMeetings, playStep } from '../helpers/randomSteps.js';

/** The next projection from `prev`, checked against the fresh one for the view and every audience. */
const projectAndCheck = (prev: Projection, state: MeetingState): Projection => {
  const view = projectPublic(state, prev);
  const fresh = projectPublic(state);
  expect(view).toStrictEqual(fresh);
  // A recount from a copy of the dots (no totals carried over from an earlier map).
  expect(tallies(state)).toStrictEqual(tallies({ dots: structuredClone(state.dots) }));
  for (const audience of new Set([...audiencesOf(prev.state), ...audiencesOf(state)])) {
    const before = viewFor(prev.view, audience);
    const after = viewFor(view, audience, prev.view);
    const expected = viewFor(fresh, audience);
    expect(after).toStrictEqual(expected);
    expect(applyPatch(before, diff(before, after))).toStrictEqual(expected);
  }
  return { state, view };
};

describe('the public view projected from the previous one', () => {
  it('equals the fresh projection after every command and every event, for every audience', () => {
    forRandomMeetings({ maxSteps: 150, numRuns: 300 }, (m, steps) => {
      // One projection per commit (as the server commits a batch) and one per event (as a node
      // follows another node's events), each from its own previous projection.
      let perCommit: Projection = { state: m.state, view: projectPublic(m.state) };
      let perEvent = perCommit;
      for (const s of steps) {
        const logged = m.events.length;
        if (isDomainError(playStep(m, s))) continue;
        perCommit = projectAndCheck(perCommit, m.state);
        for (const event of m.events.slice(logged)) {
          perEvent = projectAndCheck(perEvent, evolve(perEvent.state, event));
        }
      }
    });
  });

  it('shares every part a command did not touch with the previous view', () => {
    forRandomMeetings({ maxSteps: 80, numRuns: 100 }, (m, steps) => {
      let prev: Projection = { state: m.state, view: projectPublic(m.state) };
      for (const s of steps) {
        if (isDomainError(playStep(m, s))) continue;
        const view = projectPublic(m.state, prev);
        if (m.state.participants === prev.state.participants) {
          expect(view.participants).toBe(prev.view.participants);
        }
        if (m.state.items === prev.state.items) expect(view.items).toBe(prev.view.items);
        const topicInputs = ['topics', 'dots', 'settings', 'votesRevealed'] as const;
        if (topicInputs.every((key) => m.state[key] === prev.state[key])) {
          expect(view.topics).toBe(prev.view.topics);
        }
        prev = { state: m.state, view };
      }
    });
  });
});
