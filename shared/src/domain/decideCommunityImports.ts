/**
 * What a community brings into its meeting: backlog topics pulled into it and the open actions of
 * earlier meetings, both imported by the server (idempotent, so a retry changes nothing), and the
 * review of those actions by whoever writes the notes (or by the server, for the community).
 */
import type { DecideContext } from './actor.js';
import type { CommandOf, SystemCommand } from './commands.js';
import type { Decision } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import type { EventBody } from './events.js';
import { LIMITS } from './limits.js';
import type { MeetingState } from './model.js';
import { lookup } from './records.js';

type SystemCommandOf<T extends SystemCommand['type']> = Extract<SystemCommand, { type: T }>;

export const decideTopicsImport = (
  state: MeetingState,
  command: SystemCommandOf<'topics:import'>,
  ctx: DecideContext,
): Decision => {
  const known = new Set(
    Object.values(state.topics).flatMap((topic) =>
      topic.origin ? [topic.origin.backlogTopicId] : [],
    ),
  );
  const events: EventBody[] = [];
  for (const topic of command.topics) {
    if (known.has(topic.origin.backlogTopicId)) continue;
    known.add(topic.origin.backlogTopicId);
    events.push({
      type: 'topic:imported',
      topicId: ctx.newId(),
      title: topic.title,
      description: topic.description,
      origin: topic.origin,
    });
  }
  if (Object.keys(state.topics).length + events.length > LIMITS.maxTopics) {
    return domainError(ErrorCode.TooMany, 'too many topics');
  }
  return events;
};

export const decideActionsImport = (
  state: MeetingState,
  command: SystemCommandOf<'actions:import'>,
): Decision => {
  const seen = new Set(state.reviewOrder);
  const actions = command.actions.filter((action) => {
    if (seen.has(action.id)) return false;
    seen.add(action.id);
    return true;
  });
  return actions.length === 0 ? [] : [{ type: 'actions:imported', actions }];
};

/**
 * A note writer's review, or the server passing on the community's word (done on the community
 * page or in another meeting). Reviewing to the status it already has changes nothing.
 */
export const decideActionReview = (
  state: MeetingState,
  command: Pick<CommandOf<'action:review'>, 'actionId' | 'status'>,
): Decision => {
  const reviewed = lookup(state.reviewActions, command.actionId);
  if (!reviewed) return domainError(ErrorCode.ItemNotFound, 'no such action to review');
  if (reviewed.status === command.status) return [];
  return [{ type: 'action:reviewed', actionId: command.actionId, status: command.status }];
};
