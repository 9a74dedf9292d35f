/**
 * A community as its archive, what its organiser downloads to keep it or to move it to another
 * server (docs/community-archive.md). Every meeting's log goes through the record's privacy rule
 * (`eventsForRecord`), as every other output of it does, and no secret goes along: not the
 * members' tokens, the organiser key, facilitator keys or read-only links.
 *
 * A meeting still to come moves as its schedule entry; the topics already brought to it wait in
 * the archive's backlog (`pendingTopics`), to be pulled into it again.
 */
import type { MeetingEvent } from '../domain/events.js';
import { replay } from '../domain/evolve.js';
import { eventsForRecord } from '../domain/recordEvents.js';
import { slugify } from '../minutes/fileName.js';
import { isoDay } from '../minutes/format.js';
import { COMMUNITY_ARCHIVE_FORMAT, COMMUNITY_ARCHIVE_VERSION } from './archiveFormat.js';
import type { ArchivedMeeting, CommunityArchive } from './archiveShape.js';
import { pendingTopics } from './conclude.js';
import type { BacklogTopic, CommunityState, ScheduledMeeting } from './model.js';
import { isPastMeeting } from './view.js';

/** The stored logs of the community's meetings by id; a deleted meeting has none. */
export type MeetingLogs = ReadonlyMap<string, readonly MeetingEvent[]>;

const archivedMeeting = (meeting: ScheduledMeeting, logs: MeetingLogs): ArchivedMeeting => {
  const log = logs.get(meeting.meetingId) ?? [];
  if (!isPastMeeting(meeting) || meeting.deleted) return { ...meeting, events: null };
  // Held, but its log is gone (deleted without the community hearing of it): as if deleted.
  if (log.length === 0) return { ...meeting, deleted: true, events: null };
  return { ...meeting, events: eventsForRecord(log) };
};

/** Topics waiting in the meetings to come, each once and none the backlog has already. */
const waitingTopics = (state: CommunityState, logs: MeetingLogs): BacklogTopic[] => {
  const known = new Set(state.backlog.map((topic) => topic.id));
  return state.meetings
    .filter((meeting) => !isPastMeeting(meeting))
    .flatMap((meeting) => {
      const log = logs.get(meeting.meetingId) ?? [];
      return pendingTopics(replay(meeting.meetingId, eventsForRecord(log)));
    })
    .filter((topic) => {
      if (known.has(topic.id)) return false;
      known.add(topic.id);
      return true;
    });
};

export const communityArchive = (
  state: CommunityState,
  logs: MeetingLogs,
  exportedAt: number,
): CommunityArchive => ({
  format: COMMUNITY_ARCHIVE_FORMAT,
  version: COMMUNITY_ARCHIVE_VERSION,
  exportedAt,
  community: {
    id: state.id,
    name: state.name,
    description: state.description,
    createdAt: state.createdAt,
    members: state.members
      .filter((member) => !member.left)
      .map(({ id, name, joinedAt }) => ({ id, name, joinedAt })),
    rotation: state.rotation,
    meetingDefaults: state.meetingDefaults,
  },
  backlog: [...state.backlog, ...waitingTopics(state, logs)],
  actions: state.openActions,
  meetings: state.meetings.map((meeting) => archivedMeeting(meeting, logs)),
});

/** The download's name, e.g. 2026-12-10-percolate-hr-cop.json (the day in UTC). */
export const communityArchiveFileName = (
  archive: Pick<CommunityArchive, 'exportedAt' | 'community'>,
): string => {
  const slug = slugify(archive.community.name);
  return `${isoDay(archive.exportedAt, 'UTC')}-percolate${slug === '' ? '' : `-${slug}`}.json`;
};
