/**
 * Following events another node committed: each one is applied and gets its own patches of the
 * public view (one per audience), so a client that already saw some of that node's patches finds
 * the patch starting at its own sequence number in this node's history instead of needing a
 * snapshot.
 */
import { evolve, type MeetingEvent, type Projection, projectPublic } from '@percolate/shared';
import { type AudiencePatches, audiencePatches } from './audiencePatches.js';

export interface Followed extends Projection {
  patches: AudiencePatches[];
}

/** `from`: the runtime's state and its public view. */
export const followEvents = (from: Projection, events: readonly MeetingEvent[]): Followed => {
  const patches: AudiencePatches[] = [];
  let current = from;
  for (const event of events) {
    const nextState = evolve(current.state, event);
    const next = { state: nextState, view: projectPublic(nextState, current) };
    patches.push(audiencePatches(current, next));
    current = next;
  }
  return { ...current, patches };
};

/** The answer each command in the events got: its last event's sequence number. */
export const answersOf = (events: readonly MeetingEvent[]): Map<string, number> => {
  const answers = new Map<string, number>();
  for (const event of events) answers.set(event.commandId, event.seq);
  return answers;
};
