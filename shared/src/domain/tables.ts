/**
 * Parallel tables: a meeting above ten people splits into tables that each discuss on their own,
 * then come back together for a harvest. `MeetingState.tables` is null for one plenary table
 * (the meeting as it always was); a split sets it, a rejoin keeps it (for the harvest and the
 * minutes) with `rejoinedAt` set. The types are in model.ts; here are the helpers.
 */
import { type DomainError, domainError, ErrorCode } from './errors.js';
import type { MeetingState, ParticipantId, Table, TableId, TablesState } from './model.js';
import { lookup } from './records.js';

/** The table a participant sits at, if any. */
export const tableOf = (
  tables: TablesState | null,
  participantId: ParticipantId,
): TableId | null => (tables ? (lookup(tables.seating, participantId) ?? null) : null);

/** The tables in display order. */
export const tablesInOrder = (tables: TablesState): Table[] =>
  tables.order.flatMap((id) => {
    const table = lookup(tables.tables, id);
    return table ? [table] : [];
  });

/** Who sits at each table, in seating order. */
export const peopleAt = (tables: TablesState, tableId: TableId): ParticipantId[] =>
  Object.entries(tables.seating)
    .filter(([, seat]) => seat === tableId)
    .map(([participantId]) => participantId);

/** Whether tables are split and still running (not rejoined). */
export const tablesRunning = (tables: TablesState | null): tables is TablesState =>
  tables !== null && tables.rejoinedAt === null;

/** The table a command names, while the tables run (else why not). */
export const runningTable = (
  state: MeetingState,
  tableId: TableId,
): { tables: TablesState; table: Table } | DomainError => {
  if (!tablesRunning(state.tables)) {
    return domainError(ErrorCode.TablesNotSplit, 'the meeting is not split into tables');
  }
  const table = lookup(state.tables.tables, tableId);
  if (!table) return domainError(ErrorCode.TableNotFound, 'no such table');
  return { tables: state.tables, table };
};

/** What a table is called: its title once renamed, else its number as `numbered` words it. */
export const tableLabel = (
  table: Pick<Table, 'name' | 'title'>,
  numbered: (name: string) => string,
): string => (table.title === '' ? numbered(table.name) : table.title);

/** A fresh table with no host, topics or discussion. */
export const newTable = (id: TableId, index: number): Table => ({
  id,
  name: `${index + 1}`,
  title: '',
  hostId: null,
  whereWeTalk: '',
  queue: [],
  discussion: null,
  votingClosed: false,
  harvest: '',
});
