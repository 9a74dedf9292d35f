/**
 * The event log as the record may keep it (the meeting's JSON archive): the same events, so the
 * archive replays into the same minutes, with what the privacy rule hides taken out.
 *
 * - Authors of topics go when anonymity was ever promised in the meeting (it cannot be withdrawn).
 * - Who placed a dot or cast a continue-vote becomes a pseudonym (`voter-1`, … in the order of
 *   their first vote, which says nothing of who they are), so totals and budgets still add up.
 * - Dots whose totals were never revealed (hidden votes) are left out altogether: counting them
 *   would tell the totals. The archive then replays with no dots, as its minutes show none.
 * - A round line its author keeps private keeps its place but loses its text and mood, in every
 *   version of it (a line posted openly and then made private takes its earlier text along).
 * - Token hashes and link secrets are emptied.
 */
import type { MeetingEvent } from './events.js';
import { replay } from './evolve.js';
import type { ParticipantId } from './model.js';
import { Audience, showsDotTotals, showsRoundLine, showsTopicAuthors } from './privacy.js';

const anonymityPromised = (events: readonly MeetingEvent[]): boolean =>
  events.some(
    (event) =>
      (event.type === 'meeting:created' || event.type === 'settings:changed') &&
      !showsTopicAuthors(event.settings),
  );

const pseudonyms = () => {
  const names = new Map<ParticipantId, string>();
  const of = (participantId: ParticipantId): string => {
    let name = names.get(participantId);
    if (name === undefined) {
      name = `voter-${names.size + 1}`;
      names.set(participantId, name);
    }
    return name;
  };
  const perPerson = (counts: Record<ParticipantId, number>): Record<string, number> => {
    const renamed: Record<string, number> = {};
    for (const [participantId, n] of Object.entries(counts)) renamed[of(participantId)] = n;
    return renamed;
  };
  return { of, perPerson };
};

/** The lines whose last version is private, as `round:participantId`. */
const linesKeptPrivate = (events: readonly MeetingEvent[]): Set<string> => {
  const last = new Map<string, boolean>();
  for (const event of events) {
    if (event.type === 'round:posted') {
      last.set(`${event.round}:${event.participantId}`, event.private);
    }
  }
  return new Set([...last].filter(([, isPrivate]) => isPrivate).map(([line]) => line));
};

const isDot = (event: MeetingEvent): boolean =>
  event.type === 'vote:cast' || event.type === 'vote:retracted';

export const eventsForRecord = (events: readonly MeetingEvent[]): MeetingEvent[] => {
  const hideAuthors = anonymityPromised(events);
  const created = events.find((event) => event.type === 'meeting:created');
  const hideDots =
    created?.type === 'meeting:created' && !showsDotTotals(replay(created.meetingId, events));
  const keptPrivate = linesKeptPrivate(events);
  const voter = pseudonyms();
  const kept = hideDots ? events.filter((event) => !isDot(event)) : events;
  return kept.map((event): MeetingEvent => {
    switch (event.type) {
      case 'participant:joined':
        return { ...event, tokenHash: '' };
      case 'minutesLink:created':
        return { ...event, secretHash: '' };
      case 'topic:proposed':
        return hideAuthors ? { ...event, authorId: '' } : event;
      case 'vote:cast':
      case 'vote:retracted':
      case 'continue:voted':
        return { ...event, participantId: voter.of(event.participantId) };
      case 'topic:merged':
        return hideDots
          ? { ...event, moved: {}, refunded: {} }
          : {
              ...event,
              moved: voter.perPerson(event.moved),
              refunded: voter.perPerson(event.refunded),
            };
      case 'round:posted':
        return showsRoundLine(event, Audience.Record) &&
          !keptPrivate.has(`${event.round}:${event.participantId}`)
          ? event
          : { ...event, text: '', mood: null };
      default:
        return event;
    }
  });
};
