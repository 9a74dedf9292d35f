/**
 * The table a command acts at, for the permission check: the one it names, or the table of the
 * topic or note it touches (a table's host writes the notes of their table's topics).
 */
import type { Command } from './commands.js';
import type { MeetingState, TableId, TopicId } from './model.js';
import { lookup } from './records.js';

const topicTable = (state: MeetingState, topicId: TopicId): TableId | undefined =>
  lookup(state.topics, topicId)?.tableId ?? undefined;

export const commandTable = (state: MeetingState, command: Command): TableId | undefined => {
  if ('tableId' in command) return command.tableId;
  if (command.type === 'item:add') return topicTable(state, command.topicId);
  if (command.type === 'item:edit' || command.type === 'item:delete') {
    const item = lookup(state.items, command.itemId);
    return item ? topicTable(state, item.topicId) : undefined;
  }
  return undefined;
};
