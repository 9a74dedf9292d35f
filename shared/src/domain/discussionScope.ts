/**
 * Where a discussion runs: the plenary (`state.queue`, `state.discussion`) or one table (its own
 * queue and discussion). The discussion rules and their events work on a scope, so a table runs
 * with exactly the plenary's rules. An event names its table with `tableId`; without one it is
 * the plenary's, as every event was before tables existed.
 */
import { type DomainError, isDomainError } from './errors.js';
import type { Discussion, MeetingState, TableId, TopicId } from './model.js';
import { lookup, withKey } from './records.js';
import { runningTable, tablesInOrder, tablesRunning } from './tables.js';

export interface DiscussionScope {
  /** null = the plenary. */
  tableId: TableId | null;
  queue: TopicId[];
  discussion: Discussion | null;
}

const plenary = (state: MeetingState): DiscussionScope => ({
  tableId: null,
  queue: state.queue,
  discussion: state.discussion,
});

/** The scope a command names: the plenary without a table id, else that running table. */
export const scopeOf = (
  state: MeetingState,
  tableId: TableId | null | undefined,
): DiscussionScope | DomainError => {
  if (tableId === undefined || tableId === null) return plenary(state);
  const found = runningTable(state, tableId);
  if (isDomainError(found)) return found;
  return { tableId, queue: found.table.queue, discussion: found.table.discussion };
};

/** The plenary and every running table. */
export const allScopes = (state: MeetingState): DiscussionScope[] => [
  plenary(state),
  ...(tablesRunning(state.tables)
    ? tablesInOrder(state.tables).map((table) => ({
        tableId: table.id,
        queue: table.queue,
        discussion: table.discussion,
      }))
    : []),
];

/** Whether a topic is under discussion anywhere (the plenary or a table). */
export const discussingAnywhere = (state: MeetingState): boolean =>
  allScopes(state).some((scope) => scope.discussion !== null);

/** The `tableId` field an event carries: none for the plenary, so plenary events stay as they were. */
export const atTable = (tableId: TableId | null | undefined): { tableId?: TableId } =>
  tableId ? { tableId } : {};

type ScopeChange = Partial<Pick<DiscussionScope, 'queue' | 'discussion'>>;

/** Applies a change to the scope an event names (an unknown table changes nothing). */
export const updateScope = (
  state: MeetingState,
  tableId: TableId | undefined,
  change: (scope: DiscussionScope) => ScopeChange,
): MeetingState => {
  if (tableId === undefined) return { ...state, ...change(plenary(state)) };
  const tables = state.tables;
  const table = tables ? lookup(tables.tables, tableId) : undefined;
  if (!tables || !table) return state;
  const changed = {
    ...table,
    ...change({ tableId, queue: table.queue, discussion: table.discussion }),
  };
  return { ...state, tables: { ...tables, tables: withKey(tables.tables, tableId, changed) } };
};
