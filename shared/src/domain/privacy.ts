/**
 * The one privacy rule of a meeting: what each audience may see of what was said and done. The
 * live views (`projectPublic`), the minutes (every format, read by anyone) and the meeting's JSON
 * archive all ask here, so a promise made in the settings holds in every output.
 *
 * - The room: everyone in the meeting, the facilitator included (the public view).
 * - The record: whoever reads afterwards: a read-only link, the minutes in any format, the JSON
 *   archive, a community that moves to another server.
 *
 * Promises, for every audience:
 * - anonymous topics: no author of a topic, ever, once anonymity was promised;
 * - hidden votes: no dot total until the facilitator reveals them;
 * - who placed which dot, and who voted what in a continue-vote, is never shown;
 * - token hashes and link secrets never leave the server.
 * And for the record only: a check-in or closing line marked private is left out.
 */
import type { MeetingState, RoundLine } from './model.js';

export const Audience = { Room: 'room', Record: 'record' } as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

/** A topic's author is shown unless the meeting's topics are anonymous. */
export const showsTopicAuthors = (settings: MeetingState['settings']): boolean =>
  !settings.anonymousTopics;

/** Dot totals are shown unless votes are hidden and not yet revealed. */
export const showsDotTotals = (state: Pick<MeetingState, 'settings' | 'votesRevealed'>): boolean =>
  !state.settings.hiddenVotes || state.votesRevealed;

/** A round line marked private is said to the room only, never kept in the record. */
export const showsRoundLine = (line: Pick<RoundLine, 'private'>, audience: Audience): boolean =>
  audience === Audience.Room || !line.private;
