/**
 * Following events another node committed: each one is applied and gets its own patch of the
 * public view, so a client that already saw some of that node's patches finds the patch starting
 * at its own sequence number in this node's history instead of needing a snapshot.
 */
import {
  diff,
  evolve,
  type MeetingEvent,
  type MeetingState,
  type PublicView,
  projectPublic,
  type ViewPatch,
} from '@percolate/shared';

export interface Followed {
  state: MeetingState;
  view: PublicView;
  patches: ViewPatch[];
}

export const followEvents = (
  state: MeetingState,
  view: PublicView,
  events: readonly MeetingEvent[],
): Followed => {
  const patches: ViewPatch[] = [];
  let current = { state, view };
  for (const event of events) {
    const next = evolve(current.state, event);
    const nextView = projectPublic(next);
    patches.push({ from: current.state.seq, to: next.seq, ops: diff(current.view, nextView) });
    current = { state: next, view: nextView };
  }
  return { ...current, patches };
};

/** The answer each command in the events got: its last event's sequence number. */
export const answersOf = (events: readonly MeetingEvent[]): Map<string, number> => {
  const answers = new Map<string, number>();
  for (const event of events) answers.set(event.commandId, event.seq);
  return answers;
};
