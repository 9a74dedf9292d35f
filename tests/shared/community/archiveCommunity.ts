/**
 * A community to archive, built event by event: Anna and Ben are members, Cem left (his turn in
 * the rotation stays); one topic waits in the backlog; meeting `cop3` was held (the community
 * meeting of the minutes tests, with actions and pulled topics) and `cop-q4` too (the realistic
 * meeting, with a private check-in line); `cop5` is still to come and has a topic pulled into it
 * and an anonymous one proposed; `cop2` was deleted.
 */
import {
  type CommunityEventBody,
  type CommunityState,
  concludeMeeting,
  DEFAULT_SETTINGS,
  evolveCommunity,
  type MeetingEvent,
  type MeetingLogs,
  replay,
  type ScheduledMeeting,
} from '@percolate/shared';
import { communityMeeting } from '../minutes/communityMeeting.js';
import { EventLog } from '../minutes/eventLog.js';
import { realisticMeeting } from '../minutes/realisticMeeting.js';

export const SOURCE_NOW = Date.UTC(2026, 11, 10, 12, 0);
export const PRIVATE_TEXT = 'Umzug nach Kassel, bitte vertraulich';
export const ANONYMOUS_TOPIC = 'Who decides on promotions?';

const scheduled = (
  meetingId: string,
  title: string,
  startsAt: string,
  facilitatorId: string | null,
): ScheduledMeeting => ({
  meetingId,
  title,
  startsAt,
  durationMinutes: 120,
  videoUrl: meetingId === 'cop5' ? 'https://video.example.org/hr' : null,
  facilitatorId,
  scheduledAt: Date.UTC(2026, 9, 1),
  outcome: null,
  deleted: false,
});

/** The meeting still to come: a backlog topic pulled into it, an anonymous one proposed. */
const upcomingLog = (): EventLog =>
  new EventLog(Date.UTC(2026, 11, 8, 9, 0))
    .add({
      type: 'meeting:created',
      meetingId: 'cop5',
      title: 'HR CoP #5',
      settings: { ...DEFAULT_SETTINGS, anonymousTopics: true, preVoting: true },
      community: { id: 'hr', name: 'HR CoP' },
    })
    .add({
      type: 'topic:imported',
      topicId: 'x1',
      title: 'Job rotation',
      description: 'across departments',
      origin: {
        backlogTopicId: 'b-rotation',
        proposedAt: Date.UTC(2026, 8, 1),
        proposedByName: 'Anna Fischer',
        history: [{ meetingId: 'cop3', meetingTitle: 'HR CoP #3', dots: 2 }],
      },
    })
    .join('p1', 'Ben Okafor')
    .propose('x2', 'p1', ANONYMOUS_TOPIC);

/** Adds a private check-in line to the realistic meeting, before it ends. */
const withPrivateLine = (log: EventLog): MeetingEvent[] => {
  const ended = log.events.findIndex(
    (event) => event.type === 'phase:changed' && event.to === 'ended',
  );
  const before = log.events.slice(0, ended);
  const line: MeetingEvent = {
    type: 'round:posted',
    round: 'checkin',
    participantId: 'frank',
    text: PRIVATE_TEXT,
    mood: null,
    private: true,
    seq: 0,
    at: before.at(-1)?.at ?? 0,
    commandId: 'c-private',
  };
  return [...before, line, ...log.events.slice(ended)].map((event, index) => ({
    ...event,
    seq: index + 1,
  }));
};

export interface SourceCommunity {
  state: CommunityState;
  logs: MeetingLogs;
}

export const sourceCommunity = (): SourceCommunity => {
  const logs = new Map<string, MeetingEvent[]>([
    ['cop3', communityMeeting('en').events],
    ['cop-q4', withPrivateLine(realisticMeeting('de'))],
    ['cop5', upcomingLog().events],
  ]);
  const concluded = (meetingId: string): CommunityEventBody => {
    const events = logs.get(meetingId) ?? [];
    const meeting = replay(meetingId, events);
    return {
      type: 'meeting:concluded',
      meetingId,
      ...concludeMeeting(meeting, meeting.endedAt ?? 0),
    };
  };
  const events: CommunityEventBody[] = [
    { type: 'community:created', communityId: 'hr', name: 'HR CoP', description: 'Cities' },
    { type: 'member:joined', memberId: 'anna', name: 'Anna Fischer', tokenHash: 'secret-a' },
    { type: 'member:joined', memberId: 'ben', name: 'Ben Okafor', tokenHash: 'secret-b' },
    { type: 'member:joined', memberId: 'cem', name: 'Cem Aydin', tokenHash: 'secret-c' },
    { type: 'member:left', memberId: 'cem' },
    { type: 'rotation:set', memberIds: ['ben', 'cem', 'anna'] },
    {
      type: 'backlog:added',
      topic: {
        id: 'b-wol',
        title: 'Working Out Loud',
        description: '',
        proposedAt: Date.UTC(2026, 8, 2),
        proposedBy: 'anna',
        proposedByName: 'Anna Fischer',
        history: [],
      },
    },
    {
      type: 'meeting:scheduled',
      meeting: scheduled('cop2', 'HR CoP #2', '2026-10-05T17:00:00+02:00', 'ben'),
    },
    { type: 'meeting:removed', meetingId: 'cop2' },
    {
      type: 'meeting:scheduled',
      meeting: scheduled('cop3', 'HR CoP #3', '2026-11-20T10:00:00+01:00', 'anna'),
    },
    concluded('cop3'),
    {
      type: 'meeting:scheduled',
      meeting: scheduled('cop-q4', 'CoP Personalentwicklung', '2026-11-23T10:00:00+01:00', 'cem'),
    },
    concluded('cop-q4'),
    {
      type: 'meeting:scheduled',
      meeting: scheduled('cop5', 'HR CoP #5', '2027-01-12T17:00:00+01:00', 'ben'),
    },
  ];
  const state = events.reduce<CommunityState | null>(
    (current, event, index) => evolveCommunity(current, event, Date.UTC(2026, 8, 1) + index),
    null,
  );
  if (!state) throw new Error('no community');
  return { state, logs };
};
