/**
 * The tables' part of the minutes: who sat at each table, what it discussed and what it brought
 * back to the plenary (its harvest), plus every time call sent to the tables. Empty for a meeting
 * that never split.
 */
import type { MeetingEvent } from '../domain/events.js';
import type { MeetingState, TableId } from '../domain/model.js';
import { lookup } from '../domain/records.js';
import { peopleAt, tablesInOrder } from '../domain/tables.js';
import { readableText as text } from './readableText.js';

/** How the minutes name a table: by its title once renamed, else "Table 1" / "Tisch 1". */
export interface MinutesTableName {
  /** Its number ("1", "2", …). */
  name: string;
  /** Its title ('' = not renamed). */
  title: string;
}

/** What the minutes say about one table besides its topics. */
export interface MinutesTableFacts extends MinutesTableName {
  host: string | null;
  whereWeTalk: string;
  /** Who sat there at the end, in join order. */
  people: string[];
  /** The takeaways the table brought back to the plenary ('' = none). */
  harvest: string;
}

/** "N minutes left", sent to every table at a moment. */
export interface MinutesTimeCall {
  at: number;
  minutes: number;
}

/** The facts of each table in display order, with its id to find its topics by. */
export const tableFacts = (state: MeetingState): (MinutesTableFacts & { id: TableId })[] => {
  const tables = state.tables;
  if (!tables) return [];
  const personOf = (id: string) => text(lookup(state.participants, id)?.name ?? '?');
  const joinedAt = (id: string) => lookup(state.participants, id)?.joinedAt ?? 0;
  return tablesInOrder(tables).map((table) => ({
    id: table.id,
    ...nameOf(table),
    host: table.hostId === null ? null : personOf(table.hostId),
    whereWeTalk: text(table.whereWeTalk),
    people: peopleAt(tables, table.id)
      .sort((a, b) => joinedAt(a) - joinedAt(b))
      .map(personOf),
    harvest: text(table.harvest),
  }));
};

const nameOf = (table: MinutesTableName): MinutesTableName => ({
  name: text(table.name),
  title: text(table.title),
});

/** The table name of each table id, for topics that belonged to a table. */
export const tableNames = (state: MeetingState): Map<TableId, MinutesTableName> =>
  new Map(
    state.tables ? tablesInOrder(state.tables).map((table) => [table.id, nameOf(table)]) : [],
  );

/** A table as an earlier meeting's history names it (entries from before titles have none). */
export const historyTableName = (entry: {
  tableName?: string;
  tableTitle?: string;
}): MinutesTableName | null =>
  entry.tableName === undefined
    ? null
    : nameOf({ name: entry.tableName, title: entry.tableTitle ?? '' });

export const timeCalls = (events: readonly MeetingEvent[]): MinutesTimeCall[] =>
  events.flatMap((event) =>
    event.type === 'tables:timeCalled' ? [{ at: event.at, minutes: event.minutes }] : [],
  );
