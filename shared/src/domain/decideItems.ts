/** Notes, decisions and action items per topic, and the meeting's summary. */
import type { CommandOf } from './commands.js';
import type { Decision, RuleInput } from './decision.js';
import { type DomainError, domainError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';
import { type Item, type MeetingState, type Participant, TopicStatus } from './model.js';
import { mayChangeItem } from './permissions.js';
import { lookup } from './records.js';

const changeableItem = (
  state: MeetingState,
  me: Participant,
  itemId: string,
): Item | DomainError => {
  const item = lookup(state.items, itemId);
  if (!item) return domainError(ErrorCode.ItemNotFound, 'no such item');
  if (!mayChangeItem(me, item)) return domainError(ErrorCode.Forbidden, 'not your note');
  return item;
};

export const decideItemAdd = ({
  state,
  command,
  me,
  ctx,
}: RuleInput<CommandOf<'item:add'>>): Decision => {
  const topic = lookup(state.topics, command.topicId);
  if (!topic) return domainError(ErrorCode.TopicNotFound, 'no such topic');
  if (topic.status === TopicStatus.Merged) {
    return domainError(ErrorCode.TopicNotOpen, 'write on the topic it was merged into');
  }
  const onTopic = Object.values(state.items).filter((item) => item.topicId === topic.id).length;
  if (onTopic >= LIMITS.maxItemsPerTopic) return domainError(ErrorCode.TooMany, 'too many items');
  return [
    {
      type: 'item:added',
      itemId: ctx.newId(),
      topicId: topic.id,
      kind: command.kind,
      text: command.text,
      owner: command.owner ?? null,
      due: command.due ?? null,
      authorId: me.id,
    },
  ];
};

/** Changing the kind marks a note as a decision or an action item. */
export const decideItemEdit = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'item:edit'>>): Decision => {
  const item = changeableItem(state, me, command.itemId);
  if ('code' in item) return item;
  const next = {
    kind: command.kind ?? item.kind,
    text: command.text ?? item.text,
    owner: command.owner === undefined ? item.owner : command.owner,
    due: command.due === undefined ? item.due : command.due,
  };
  const unchanged =
    next.kind === item.kind &&
    next.text === item.text &&
    next.owner === item.owner &&
    next.due === item.due;
  return unchanged ? [] : [{ type: 'item:edited', itemId: item.id, ...next }];
};

export const decideItemDelete = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'item:delete'>>): Decision => {
  const item = changeableItem(state, me, command.itemId);
  if ('code' in item) return item;
  return [{ type: 'item:deleted', itemId: item.id }];
};

export const decideSummary = ({ state, command }: RuleInput<CommandOf<'summary:set'>>): Decision =>
  command.text === state.summary ? [] : [{ type: 'summary:set', text: command.text }];
