/**
 * What a community archive becomes on the server that imports it: a new community (its own id,
 * new member secrets) whose first event carries the archive's state, and its meetings. A meeting
 * that was held keeps its log as the archive has it (numbered again without the record's gaps),
 * ended and read-only, so its minutes read as they did; one still to come starts afresh, scheduled, with the open actions to review (as
 * scheduling one does). Meeting ids are server-wide, so each meeting gets a new one, and every
 * mention of it follows (schedule, history, actions, logs); the other ids are the community's own
 * and stay.
 */
import { createMeetingEvent } from '../domain/create.js';
import { decideActionsImport } from '../domain/decideCommunityImports.js';
import { isDomainError } from '../domain/errors.js';
import type { EventBody, MeetingEvent } from '../domain/events.js';
import { emptyState, replay } from '../domain/evolve.js';
import { wasHeld } from './archiveChecks.js';
import type { ArchivedMeeting, CommunityArchive } from './archiveShape.js';
import type { CommunityEventBody } from './events.js';
import { scheduledMeetingSettings } from './meetingSettings.js';
import type { BacklogHistoryEntry, CommunityState, OpenAction } from './model.js';
import { isPastMeeting } from './view.js';

/** A community's meeting opens for topics and dots at once, before it starts. */

export interface ImportIds {
  communityId: string;
  meetingId(): string;
  /** Command id of an event the server makes (a new meeting's first ones). */
  commandId(): string;
  /** The sha256 of the new secret token issued to this member of the archive. */
  memberTokenHash(memberId: string): string;
}

export interface ImportedMeeting {
  id: string;
  title: string;
  createdAt: number;
  endedAt: number | null;
  events: MeetingEvent[];
}

export interface ImportedCommunity {
  first: Extract<CommunityEventBody, { type: 'community:imported' }>;
  meetings: ImportedMeeting[];
}

type Rename = (meetingId: string) => string;

const renamedHistory = (history: BacklogHistoryEntry[], rename: Rename) =>
  history.map((entry) => ({ ...entry, meetingId: rename(entry.meetingId) }));

const renamedAction = (action: OpenAction, rename: Rename): OpenAction => ({
  ...action,
  meetingId: rename(action.meetingId),
});

/** The event with the meeting ids it mentions renamed, and its community this one. */
const renamedEvent = (event: MeetingEvent, rename: Rename, communityId: string): MeetingEvent => {
  switch (event.type) {
    case 'meeting:created':
      return {
        ...event,
        meetingId: rename(event.meetingId),
        ...(event.community ? { community: { ...event.community, id: communityId } } : {}),
      };
    case 'topic:imported':
      return {
        ...event,
        origin: { ...event.origin, history: renamedHistory(event.origin.history, rename) },
      };
    case 'actions:imported':
      return { ...event, actions: event.actions.map((action) => renamedAction(action, rename)) };
    default:
      return event;
  }
};

const heldMeeting = (
  meeting: ArchivedMeeting,
  events: MeetingEvent[],
  rename: Rename,
  communityId: string,
): ImportedMeeting => {
  const id = rename(meeting.meetingId);
  // Numbered again from 1: the record left out events (hidden dots), a log here has no gaps.
  const log = events.map((event, index) => ({
    ...renamedEvent(event, rename, communityId),
    seq: index + 1,
  }));
  const state = replay(id, log);
  return {
    id,
    title: state.title,
    createdAt: state.createdAt,
    endedAt: state.endedAt,
    events: log,
  };
};

const scheduledMeeting = (
  state: CommunityState,
  meeting: ArchivedMeeting,
  ids: ImportIds,
  now: number,
): ImportedMeeting => {
  const id = meeting.meetingId;
  const community = { id: state.id, name: state.name };
  const bodies: EventBody[] = [
    createMeetingEvent(id, meeting.title, scheduledMeetingSettings(meeting), community),
  ];
  const actions = decideActionsImport(emptyState(id), {
    type: 'actions:import',
    actions: state.openActions,
  });
  if (!isDomainError(actions)) bodies.push(...actions);
  const events = bodies.map(
    (body, index): MeetingEvent => ({
      ...body,
      seq: index + 1,
      at: now,
      commandId: ids.commandId(),
    }),
  );
  return { id, title: meeting.title, createdAt: now, endedAt: null, events };
};

export const importedCommunity = (
  archive: CommunityArchive,
  ids: ImportIds,
  now: number,
): ImportedCommunity => {
  const renames = new Map(archive.meetings.map((meeting) => [meeting.meetingId, ids.meetingId()]));
  const rename: Rename = (meetingId) => renames.get(meetingId) ?? meetingId;
  const { community } = archive;
  const state: CommunityState = {
    id: ids.communityId,
    name: community.name,
    description: community.description,
    createdAt: community.createdAt,
    members: community.members.map((member) => ({
      ...member,
      tokenHash: ids.memberTokenHash(member.id),
      left: false,
    })),
    rotation: community.rotation,
    meetingDefaults: community.meetingDefaults ?? {},
    backlog: archive.backlog.map((topic) => ({
      ...topic,
      history: renamedHistory(topic.history, rename),
    })),
    meetings: archive.meetings.map(({ events: _log, ...meeting }) => ({
      ...meeting,
      meetingId: rename(meeting.meetingId),
    })),
    openActions: archive.actions.map((action) => renamedAction(action, rename)),
  };
  const meetings = archive.meetings.flatMap((meeting): ImportedMeeting[] => {
    if (wasHeld(meeting)) {
      return meeting.events ? [heldMeeting(meeting, meeting.events, rename, state.id)] : [];
    }
    if (isPastMeeting(meeting)) return [];
    return [
      scheduledMeeting(state, { ...meeting, meetingId: rename(meeting.meetingId) }, ids, now),
    ];
  });
  return {
    first: { type: 'community:imported', state, exportedAt: archive.exportedAt },
    meetings,
  };
};
