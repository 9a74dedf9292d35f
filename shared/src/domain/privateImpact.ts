/**
 * Whose private view a batch of events may have changed. A private view holds one participant's
 * id, role, dots, own topics and continue-vote; most events touch one person or nobody, so after a
 * dot only the voter's view is projected again, not every connected browser's.
 */
import type { EventBody, EventType } from './events.js';
import type { ParticipantId } from './model.js';

export const EVERYONE = 'everyone' as const;
export type Impact = ReadonlySet<ParticipantId> | typeof EVERYONE;

type Who = ParticipantId[] | typeof EVERYONE;
type Affected = (event: never) => Who;
const nobody = (): Who => [];
const everyone = (): Who => EVERYONE;
const the = (event: { participantId: ParticipantId }): Who => [event.participantId];

/** Per event type, whose private view it may change (a Record, so a new event type must be added). */
const AFFECTED: {
  [T in EventType]: (event: Extract<EventBody, { type: T }>) => ParticipantId[] | typeof EVERYONE;
} = {
  'meeting:created': everyone,
  'participant:joined': the,
  'participant:rejoined': the,
  'participant:renamed': nobody,
  'participant:left': the,
  'participant:removed': the,
  'round:posted': nobody,
  'round:started': nobody,
  'round:advanced': nobody,
  'round:reordered': nobody,
  'round:ended': nobody,
  'topic:proposed': (event) => [event.authorId],
  // Nobody is the author of a topic from the backlog.
  'topic:imported': nobody,
  'topic:edited': nobody,
  // Dots on the topic go back to (or move for) whoever placed them.
  'topic:deleted': everyone,
  'topic:merged': everyone,
  'topic:reopened': nobody,
  'vote:cast': the,
  'vote:retracted': the,
  'vote:closed': nobody,
  'vote:revealed': nobody,
  'vote:reopened': nobody,
  'vote:reset': everyone,
  'queue:reordered': nobody,
  'discussion:started': nobody,
  'timer:paused': nobody,
  'timer:resumed': nobody,
  'timer:extended': everyone,
  'timer:set': nobody,
  'timer:expired': nobody,
  'continue:voted': the,
  // A new timebox or a closed topic clears everyone's continue-vote.
  'discussion:continued': everyone,
  'discussion:closed': everyone,
  'item:added': nobody,
  'item:edited': nobody,
  'item:deleted': nobody,
  'summary:set': nobody,
  'actions:imported': nobody,
  'action:reviewed': nobody,
  'phase:changed': everyone,
  'settings:changed': everyone,
  'role:changed': the,
  'facilitation:handedOver': (event) => (event.from === null ? [event.to] : [event.from, event.to]),
  'meeting:ended': everyone,
  'minutesLink:created': nobody,
  'minutesLink:revoked': nobody,
  // Seating is public, but my continue-vote in my private view is the one where I sit.
  'tables:formed': everyone,
  'tables:seated': the,
  'tables:hostSet': (event) => [event.hostId],
  'tables:whereSet': nobody,
  'tables:renamed': nobody,
  'tables:voteClosed': nobody,
  'tables:pulled': nobody,
  'tables:timeCalled': nobody,
  'tables:harvested': nobody,
  // The tables' continue-votes close: everyone's own vote there is cleared.
  'tables:rejoined': everyone,
};

export const privateImpact = (events: readonly EventBody[]): Impact => {
  const affected = new Set<ParticipantId>();
  for (const event of events) {
    const who = (AFFECTED[event.type] as Affected)(event as never);
    if (who === EVERYONE) return EVERYONE;
    for (const id of who) affected.add(id);
  }
  return affected;
};

const MEMBERSHIP: ReadonlySet<EventType> = new Set([
  'participant:joined',
  'participant:rejoined',
  'participant:left',
  'participant:removed',
]);

/** Whether the batch may change who counts as online (a token became a participant, or left). */
export const changesMembership = (events: readonly EventBody[]): boolean =>
  events.some((event) => MEMBERSHIP.has(event.type));
