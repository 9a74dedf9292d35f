/** Applies one community event; a community's state is its events folded from the first. */
import { assertNever } from '../domain/assertNever.js';
import type { CommunityEvent, CommunityEventBody } from './events.js';
import type { CommunityState } from './model.js';

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
    };
  }
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
    case 'meeting:scheduled':
      return { ...state, meetings: [...state.meetings, event.meeting] };
    case 'backlog:added':
      return { ...state, backlog: [...state.backlog, event.topic] };
    case 'backlog:removed':
      return { ...state, backlog: state.backlog.filter((topic) => topic.id !== event.topicId) };
    default:
      return assertNever(event);
  }
};

export const foldCommunity = (events: readonly CommunityEvent[]): CommunityState | null =>
  events.reduce<CommunityState | null>(
    (state, event) => evolveCommunity(state, event, event.at),
    null,
  );
