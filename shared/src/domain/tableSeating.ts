/** Who sits where: dealing people out evenly, and the smallest table for a late joiner. */
import type { ParticipantId, TableId, TablesState } from './model.js';
import { lookup, withKey } from './records.js';

/**
 * A Fisher–Yates shuffle driven by `random` (values in [0, 1)), so the server's randomness comes
 * in from outside and the same numbers give the same seating.
 */
export const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
};

/** Deals people out round-robin: table sizes differ by at most one. */
export const dealOut = (
  people: readonly ParticipantId[],
  tableIds: readonly TableId[],
): Record<ParticipantId, TableId> => {
  let seating: Record<ParticipantId, TableId> = {};
  people.forEach((person, index) => {
    const table = tableIds[index % tableIds.length];
    if (table !== undefined) seating = withKey(seating, person, table);
  });
  return seating;
};

/** How many sit at each table (every table listed, empty ones with 0). */
export const tableSizes = (tables: TablesState): Record<TableId, number> => {
  const sizes: Record<TableId, number> = Object.fromEntries(tables.order.map((id) => [id, 0]));
  for (const seat of Object.values(tables.seating)) {
    const size = lookup(sizes, seat);
    if (size !== undefined) sizes[seat] = size + 1;
  }
  return sizes;
};

/** The table with the fewest people (the first of equals in display order). */
export const smallestTable = (tables: TablesState): TableId | null => {
  const sizes = tableSizes(tables);
  let best: TableId | null = null;
  for (const id of tables.order) {
    if (best === null || (lookup(sizes, id) ?? 0) < (lookup(sizes, best) ?? 0)) best = id;
  }
  return best;
};

/** Whether one more person fits at the table under the size limit. */
export const hasRoomAt = (tables: TablesState, tableId: TableId): boolean =>
  tables.sizeLimit === null || (lookup(tableSizes(tables), tableId) ?? 0) < tables.sizeLimit;
