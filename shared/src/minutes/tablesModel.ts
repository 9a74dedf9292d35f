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

/** What the minutes say about one table besides its topics. */
export interface MinutesTableFacts {
  /** Its number ("1", "2", …): the layout says "Table 1" / "Tisch 1". */
  name: string;
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
  const nameOf = (id: string) => text(lookup(state.participants, id)?.name ?? '?');
  const joinedAt = (id: string) => lookup(state.participants, id)?.joinedAt ?? 0;
  return tablesInOrder(tables).map((table) => ({
    id: table.id,
    name: text(table.name),
    host: table.hostId === null ? null : nameOf(table.hostId),
    whereWeTalk: text(table.whereWeTalk),
    people: peopleAt(tables, table.id)
      .sort((a, b) => joinedAt(a) - joinedAt(b))
      .map(nameOf),
    harvest: text(table.harvest),
  }));
};

/** The table name of each table id, for topics that belonged to a table. */
export const tableNames = (state: MeetingState): Map<TableId, string> =>
  new Map(
    state.tables ? tablesInOrder(state.tables).map((table) => [table.id, text(table.name)]) : [],
  );

export const timeCalls = (events: readonly MeetingEvent[]): MinutesTimeCall[] =>
  events.flatMap((event) =>
    event.type === 'tables:timeCalled' ? [{ at: event.at, minutes: event.minutes }] : [],
  );
