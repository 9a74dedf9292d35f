/**
 * What a community's events ask of its meetings, as orders the server carries out through its
 * meeting service before it appends the events (so an acknowledged command has had its effect):
 * scheduling creates the meeting and brings in the open actions; pulling imports the topics; a
 * conclusion offers its new actions to the other upcoming meetings and reopens there what it took
 * back; an action done is marked done in the upcoming meetings that review it; removal deletes
 * the meeting. Every order is idempotent, so carrying them out again after a crash is harmless.
 */
import type { SettingsPatch, SystemCommand } from '../domain/commands.js';
import type { MeetingCommunity, ReviewAction, ReviewStatus } from '../domain/model.js';
import type { CommunityEventBody } from './events.js';
import { scheduledMeetingSettings } from './meetingSettings.js';
import { upcomingMeetingsOf } from './meetingStatus.js';
import type { BacklogTopic, CommunityState, OpenAction } from './model.js';

export type MeetingOrder =
  /** Undone (the meeting removed again) when a later order of the same events is refused. */
  | {
      type: 'meeting:create';
      meetingId: string;
      title: string;
      settings: SettingsPatch;
      community: MeetingCommunity;
    }
  /** A refusal refuses the community's events, unless `bestEffort`. */
  | { type: 'meeting:execute'; meetingId: string; command: SystemCommand; bestEffort: boolean }
  /** Best effort: only where the meeting reviews the action with status `from` (any when null). */
  | {
      type: 'action:review';
      meetingId: string;
      actionId: string;
      status: ReviewStatus;
      from: ReviewStatus | null;
    }
  | { type: 'meeting:remove'; meetingId: string };

/** The backlog topics pulled, as a meeting imports them: with where they came from. */
export const topicsFromBacklog = (
  backlog: readonly BacklogTopic[],
  topicIds: readonly string[],
): Extract<SystemCommand, { type: 'topics:import' }>['topics'] => {
  const pulled = new Set(topicIds);
  return backlog
    .filter((topic) => pulled.has(topic.id))
    .map(({ id, title, description, proposedAt, proposedByName, history }) => ({
      title,
      description,
      origin: { backlogTopicId: id, proposedAt, proposedByName, history },
    }));
};

/** Whether a meeting's review of the action is to become `status` by the community's word. */
export const takesReview = (
  reviewActions: readonly ReviewAction[],
  order: Extract<MeetingOrder, { type: 'action:review' }>,
): boolean => {
  const reviewed = reviewActions.find((each) => each.action.id === order.actionId);
  if (!reviewed || reviewed.status === order.status) return false;
  return order.from === null || reviewed.status === order.from;
};

const importActions = (
  meetingId: string,
  actions: OpenAction[],
  bestEffort: boolean,
): MeetingOrder[] =>
  actions.length === 0
    ? []
    : [
        {
          type: 'meeting:execute',
          meetingId,
          command: { type: 'actions:import', actions },
          bestEffort,
        },
      ];

const removals = (meetingIds: string[]): MeetingOrder[] =>
  meetingIds.map((meetingId) => ({ type: 'meeting:remove', meetingId }));

/** The community's word on an action, for each upcoming meeting but `except`. */
const reviewEverywhere = (
  state: CommunityState,
  actionId: string,
  status: ReviewStatus,
  from: ReviewStatus | null,
  except: string | null = null,
): MeetingOrder[] =>
  upcomingMeetingsOf(state, except).map(({ meetingId }) => ({
    type: 'action:review',
    meetingId,
    actionId,
    status,
    from,
  }));

const ordersFor = (state: CommunityState, event: CommunityEventBody): MeetingOrder[] => {
  switch (event.type) {
    case 'meeting:scheduled': {
      const { meetingId, title } = event.meeting;
      return [
        {
          type: 'meeting:create',
          meetingId,
          title,
          settings: scheduledMeetingSettings(event.meeting),
          community: { id: state.id, name: state.name },
        },
        ...importActions(meetingId, state.openActions, false),
      ];
    }
    case 'backlog:pulled':
      return [
        {
          type: 'meeting:execute',
          meetingId: event.meetingId,
          command: {
            type: 'topics:import',
            topics: topicsFromBacklog(state.backlog, event.topicIds),
          },
          bestEffort: false,
        },
      ];
    case 'meeting:concluded':
      return [
        // A meeting that ended meanwhile refuses the import; its own conclusion takes over.
        ...upcomingMeetingsOf(state, event.meetingId).flatMap(({ meetingId }) =>
          importActions(meetingId, event.newActions, true),
        ),
        // Done there only by the word passed on: the meeting that took it back had the last one.
        ...(event.reopenedActions ?? []).flatMap((action) =>
          reviewEverywhere(state, action.id, 'open', 'done', event.meetingId),
        ),
      ];
    case 'action:done':
      return reviewEverywhere(state, event.actionId, 'done', null);
    case 'meeting:removed':
      return removals([event.meetingId]);
    default:
      return [];
  }
};

/** The orders for a decision's events, all read from the community as it was before them. */
export const reactToCommunityEvents = (
  state: CommunityState,
  events: readonly CommunityEventBody[],
): MeetingOrder[] => events.flatMap((event) => ordersFor(state, event));

/** Before the community itself is deleted: every meeting it scheduled goes first. */
export const reactToCommunityDeletion = (state: CommunityState): MeetingOrder[] =>
  removals(state.meetings.map((meeting) => meeting.meetingId));
