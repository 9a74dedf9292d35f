/** How the table events change the meeting state (evolve.ts hands them over here). */
import type { EventBody } from './events.js';
import type { MeetingState, Table, TableId, TablesState, TopicId } from './model.js';
import { lookup, omitKey, withKey } from './records.js';
import { newTable } from './tables.js';

type TableEvent = Extract<EventBody, { type: `tables:${string}` }>;

const withTables = (
  state: MeetingState,
  change: (tables: TablesState) => Partial<TablesState>,
): MeetingState =>
  state.tables ? { ...state, tables: { ...state.tables, ...change(state.tables) } } : state;

const updateTable = (
  state: MeetingState,
  tableId: TableId,
  change: (table: Table) => Partial<Table>,
): MeetingState =>
  withTables(state, (tables) => {
    const table = lookup(tables.tables, tableId);
    return table ? { tables: withKey(tables.tables, tableId, { ...table, ...change(table) }) } : {};
  });

/** The tables with `participantId` no longer hosting any but `keep`. */
const hostingOnly = (
  tables: TablesState,
  participantId: string,
  keep: TableId | null,
): TablesState['tables'] =>
  Object.fromEntries(
    Object.entries(tables.tables).map(([id, table]) => [
      id,
      table.hostId === participantId && id !== keep ? { ...table, hostId: null } : table,
    ]),
  );

/** Seats someone; a host who moves to another table stops hosting the one they left. */
const seat = (state: MeetingState, participantId: string, tableId: TableId): MeetingState =>
  withTables(state, (tables) => ({
    seating: withKey(tables.seating, participantId, tableId),
    tables: hostingOnly(tables, participantId, tableId),
  }));

/** Someone removed from the meeting leaves their seat (and stops hosting). */
export const unseat = (state: MeetingState, participantId: string): MeetingState =>
  withTables(state, (tables) => ({
    seating: omitKey(tables.seating, participantId),
    tables: hostingOnly(tables, participantId, null),
  }));

export const applyTables = (state: MeetingState, event: TableEvent, at: number): MeetingState => {
  switch (event.type) {
    case 'tables:formed':
      return {
        ...state,
        tables: {
          mode: event.mode,
          assignment: event.assignment,
          sizeLimit: event.sizeLimit,
          tables: Object.fromEntries(event.tableIds.map((id, index) => [id, newTable(id, index)])),
          order: [...event.tableIds],
          seating: { ...event.seating },
          timeCall: null,
          rejoinedAt: null,
        },
      };
    case 'tables:seated':
      return seat(state, event.participantId, event.tableId);
    case 'tables:hostSet':
      // A host sits at the table they host.
      return seat(
        updateTable(state, event.tableId, () => ({ hostId: event.hostId })),
        event.hostId,
        event.tableId,
      );
    case 'tables:whereSet':
      return updateTable(state, event.tableId, () => ({ whereWeTalk: event.text }));
    case 'tables:renamed':
      return updateTable(state, event.tableId, () => ({ title: event.title }));
    case 'tables:voteClosed':
      return updateTable(state, event.tableId, () => ({ votingClosed: true, queue: event.queue }));
    case 'tables:pulled': {
      const topic = lookup(state.topics, event.topicId);
      if (!topic) return state;
      const taken = {
        ...state,
        topics: withKey(state.topics, topic.id, { ...topic, tableId: event.tableId }),
        queue: state.queue.filter((id) => id !== event.topicId),
      };
      return updateTable(taken, event.tableId, (table) => ({ queue: [...table.queue, topic.id] }));
    }
    case 'tables:timeCalled':
      return withTables(state, () => ({ timeCall: { minutes: event.minutes, at } }));
    case 'tables:harvested':
      return updateTable(state, event.tableId, () => ({ harvest: event.text }));
    case 'tables:rejoined':
      return withTables({ ...state, queue: [...event.queue] }, (tables) => ({
        rejoinedAt: at,
        tables: Object.fromEntries(
          Object.entries(tables.tables).map(([id, table]) => [id, { ...table, queue: [] }]),
        ),
      }));
  }
};

/** A deleted topic leaves every table's queue too. */
export const withoutTopicInTables = (state: MeetingState, topicId: string): MeetingState =>
  !state.tables ||
  !Object.values(state.tables.tables).some((table) => table.queue.includes(topicId))
    ? state
    : withTables(state, (tables) => ({
        tables: Object.fromEntries(
          Object.entries(tables.tables).map(([id, table]) => [
            id,
            table.queue.includes(topicId)
              ? { ...table, queue: table.queue.filter((queued) => queued !== topicId) }
              : table,
          ]),
        ),
      }));

/** Mode 'own': the tables' votes close (with their queues ordered by dots) or open again. */
export const withTablesVoting = (
  state: MeetingState,
  votingClosed: boolean,
  queues: Record<TableId, TopicId[]> = {},
): MeetingState =>
  withTables(state, (tables) => ({
    tables: Object.fromEntries(
      Object.entries(tables.tables).map(([id, table]) => [
        id,
        { ...table, votingClosed, queue: lookup(queues, id) ?? table.queue },
      ]),
    ),
  }));
