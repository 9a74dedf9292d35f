/**
 * The tables in the public view: names, hosts, where each talks, who sits where, and each table's
 * glance (current topic, timer, continue tally). It carries no dots, authors or round lines, so
 * the privacy of the rest of the view holds at every table.
 */
import { tallyContinueVote } from './continueVote.js';
import type { Discussion, MeetingState, Table, TablesState } from './model.js';
import { lookup } from './records.js';
import { peopleAt, tablesInOrder } from './tables.js';
import type {
  Projection,
  PublicDiscussionView,
  PublicTablesView,
  PublicTableView,
} from './view.js';

export const publicDiscussion = (discussion: Discussion | null): PublicDiscussionView | null =>
  discussion
    ? {
        topicId: discussion.topicId,
        round: discussion.round,
        timer: discussion.timer,
        timeboxMs: discussion.timeboxMs,
        continueVote: discussion.continueVote
          ? {
              openedAt: discussion.continueVote.openedAt,
              tally: tallyContinueVote(discussion.continueVote),
              voters: Object.keys(discussion.continueVote.votes).length,
            }
          : null,
      }
    : null;

const tableView = (tables: TablesState, table: Table): PublicTableView => ({
  id: table.id,
  name: table.name,
  title: table.title,
  hostId: table.hostId,
  whereWeTalk: table.whereWeTalk,
  people: peopleAt(tables, table.id),
  queue: table.queue,
  discussion: publicDiscussion(table.discussion),
  votingClosed: table.votingClosed,
  harvest: table.harvest,
});

/**
 * The tables' cards in display order. A card depends on its table and on the seating (its
 * people), so it is reused while both are the objects of `prev`'s state; the list is reused while
 * every card is.
 */
const tableViews = (tables: TablesState, prev?: Projection): PublicTableView[] => {
  const before = prev?.state.tables;
  const old = prev?.view.tables?.tables ?? [];
  const alike = before && before.order === tables.order && before.seating === tables.seating;
  let allKept = tables.order.length === old.length;
  const views = tablesInOrder(tables).map((table, index) => {
    const kept = old[index];
    if (alike && kept && lookup(before.tables, table.id) === table) return kept;
    allKept = false;
    return tableView(tables, table);
  });
  return allKept && views.length === old.length ? old : views;
};

/** Untouched by dots, topics and the plenary's discussion: the previous view's while the same. */
export const publicTables = (state: MeetingState, prev?: Projection): PublicTablesView | null => {
  const tables = state.tables;
  if (!tables) return null;
  if (prev && prev.state.tables === tables && prev.view.tables) return prev.view.tables;
  return {
    mode: tables.mode,
    assignment: tables.assignment,
    sizeLimit: tables.sizeLimit,
    tables: tableViews(tables, prev),
    timeCall: tables.timeCall,
    rejoinedAt: tables.rejoinedAt,
  };
};
