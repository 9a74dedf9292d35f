/** The shapes shared by the per-area rules that `decide` dispatches to. */
import type { Actor, DecideContext } from './actor.js';
import type { DomainError } from './errors.js';
import type { EventBody } from './events.js';
import type { MeetingState, Participant } from './model.js';

/** What happened (possibly nothing), or why not. */
export type Decision = EventBody[] | DomainError;

export type ClientActor = Extract<Actor, { kind: 'client' }>;

/** Everything a rule needs: the state, the command, who sent it and the outside world. */
export interface RuleInput<C> {
  state: MeetingState;
  command: C;
  /** The joined participant who sent the command. */
  me: Participant;
  actor: ClientActor;
  ctx: DecideContext;
}
