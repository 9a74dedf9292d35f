/**
 * What the archive's schema cannot say field by field: that its parts fit together. Ids are
 * unique where the community looks things up by them; a meeting that was held brings its log (and
 * only such a meeting does); each log starts with its own `meeting:created`, is numbered in order
 * (with gaps where the record left events out) and replays to an ended meeting, which stays
 * read-only here as it was there.
 */
import { replay } from '../domain/evolve.js';
import { Phase } from '../domain/model.js';
import type { ArchivedMeeting, CommunityArchive } from './archiveShape.js';
import { isPastMeeting } from './view.js';

export interface ArchiveProblem {
  path: (string | number)[];
  message: string;
}

/** The first repeated id of the list, as a problem at its place. */
const repeated = (path: string[], ids: readonly string[], what: string): ArchiveProblem[] => {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return [{ path: [...path, index], message: `${what} ${id} appears twice` }];
    seen.add(id);
  }
  return [];
};

/** Held: it has an outcome, and its minutes were not deleted. */
export const wasHeld = (meeting: Pick<ArchivedMeeting, 'outcome' | 'deleted'>): boolean =>
  isPastMeeting(meeting) && !meeting.deleted;

const logProblems = (meeting: ArchivedMeeting, at: (number | string)[]): ArchiveProblem[] => {
  const { events } = meeting;
  if (!wasHeld(meeting)) {
    return events === null
      ? []
      : [{ path: at, message: 'only a meeting that was held brings its events' }];
  }
  if (events === null || events.length === 0) {
    return [{ path: at, message: 'a meeting that was held brings its events' }];
  }
  const first = events[0];
  if (first?.type !== 'meeting:created' || first.meetingId !== meeting.meetingId) {
    return [{ path: [...at, 0], message: `the log must begin with meeting ${meeting.meetingId}` }];
  }
  for (const [index, event] of events.entries()) {
    const before = events[index - 1]?.seq ?? 0;
    if (event.seq <= before) {
      return [{ path: [...at, index, 'seq'], message: `expected a seq after ${before}` }];
    }
    if (index > 0 && event.type === 'meeting:created') {
      return [{ path: [...at, index, 'type'], message: 'a meeting is created once' }];
    }
  }
  const replayed = replay(meeting.meetingId, events);
  return replayed.phase === Phase.Ended && replayed.endedAt !== null
    ? []
    : [{ path: at, message: 'the meeting has not ended' }];
};

export const archiveProblems = (archive: CommunityArchive): ArchiveProblem[] => [
  ...repeated(
    ['community', 'members'],
    archive.community.members.map((member) => member.id),
    'member',
  ),
  ...repeated(['community', 'rotation'], archive.community.rotation, 'member'),
  ...repeated(
    ['backlog'],
    archive.backlog.map((topic) => topic.id),
    'topic',
  ),
  ...repeated(
    ['actions'],
    archive.actions.map((action) => action.id),
    'action',
  ),
  ...repeated(
    ['meetings'],
    archive.meetings.map((meeting) => meeting.meetingId),
    'meeting',
  ),
  ...archive.meetings.flatMap((meeting, index) =>
    logProblems(meeting, ['meetings', index, 'events']),
  ),
];
