/** Applies one community event; a community's state is its events folded from the first. */
import { assertNever } from '../domain/assertNever.js';
import type { CommunityEvent, CommunityEventBody } from './events.js';
import type { CommunityState, ScheduledMeeting } from './model.js';

const updateMeeting = (
  state: CommunityState,
  meetingId: string,
  change: Partial<Pick<ScheduledMeeting, 'outcome' | 'deleted'>>,
): ScheduledMeeting[] =>
  state.meetings.map((meeting) =>
    meeting.meetingId === meetingId ? { ...meeting, ...change } : meeting,
  );

/**
 * The ended meeting's topics go back to the backlog (a returning one in place of its old entry);
 * its action items and the actions it took back are open, those it marked done are not.
 */
const conclude = (
  state: CommunityState,
  event: Extract<CommunityEventBody, { type: 'meeting:concluded' }>,
): CommunityState => {
  const carriedIds = new Set(event.carried.map((topic) => topic.id));
  const knownActions = new Set(state.openActions.map((action) => action.id));
  const done = new Set(event.doneActionIds);
  return {
    ...state,
    meetings: updateMeeting(state, event.meetingId, { outcome: event.outcome }),
    backlog: [...state.backlog.filter((topic) => !carriedIds.has(topic.id)), ...event.carried],
    openActions: [
      ...state.openActions,
      ...[...event.newActions, ...(event.reopenedActions ?? [])].filter(
        (action) => !knownActions.has(action.id),
      ),
    ].filter((action) => !done.has(action.id)),
  };
};

/** `at` is when the event was decided (the store keeps it beside the body). */
export const evolveCommunity = (
  state: CommunityState | null,
  event: CommunityEventBody,
  at: number,
): CommunityState => {
  if (event.type === 'community:created') {
    return {
      id: event.communityId,
      name: event.name,
      description: event.description,
      createdAt: at,
      members: [],
      rotation: [],
      backlog: [],
      meetings: [],
      openActions: [],
      meetingDefaults: event.meetingDefaults ?? {},
    };
  }
  if (event.type === 'community:imported') return event.state;
  if (state === null) throw new Error(`${event.type} before community:created`);
  switch (event.type) {
    case 'member:joined':
      return {
        ...state,
        members: [
          ...state.members,
          {
            id: event.memberId,
            name: event.name,
            joinedAt: at,
            tokenHash: event.tokenHash,
            left: false,
          },
        ],
      };
    case 'member:left':
      return {
        ...state,
        members: state.members.map((member) =>
          member.id === event.memberId ? { ...member, left: true } : member,
        ),
      };
    case 'rotation:set':
      return { ...state, rotation: event.memberIds };
    case 'defaults:set':
      return { ...state, meetingDefaults: event.settings };
    case 'meeting:scheduled':
      return { ...state, meetings: [...state.meetings, event.meeting] };
    case 'backlog:added':
      return { ...state, backlog: [...state.backlog, event.topic] };
    case 'backlog:removed':
      return { ...state, backlog: state.backlog.filter((topic) => topic.id !== event.topicId) };
    case 'backlog:pulled': {
      const pulled = new Set(event.topicIds);
      return { ...state, backlog: state.backlog.filter((topic) => !pulled.has(topic.id)) };
    }
    case 'meeting:concluded':
      return conclude(state, event);
    case 'action:done':
      return {
        ...state,
        openActions: state.openActions.filter((action) => action.id !== event.actionId),
      };
    case 'meeting:removed':
      return { ...state, meetings: updateMeeting(state, event.meetingId, { deleted: true }) };
    default:
      return assertNever(event);
  }
};

export const foldCommunity = (events: readonly CommunityEvent[]): CommunityState | null =>
  events.reduce<CommunityState | null>(
    (state, event) => evolveCommunity(state, event, event.at),
    null,
  );
