import type {
  PublicDiscussionView,
  PublicTableView,
  PublicView,
  TableId,
  TopicId,
} from '@percolate/shared';
import { createContext, type ReactNode, useContext } from 'react';
import { useAppStore } from './StoreContext.js';
import { selectIsModerator, selectMyId } from './selectors.js';

/**
 * Where the discussion components act: the plenary (no table) or one table. The same components
 * render either scope; the commands they send name the table (`tableId`) when there is one.
 */
const ScopeContext = createContext<TableId | null>(null);

export const ScopeProvider = ({
  tableId,
  children,
}: {
  tableId: TableId | null;
  children: ReactNode;
}) => <ScopeContext.Provider value={tableId}>{children}</ScopeContext.Provider>;

/** The table the surrounding components act at; null = the plenary. */
export const useScopeTableId = (): TableId | null => useContext(ScopeContext);

/** A running table of the view, by id. */
export const tableIn = (view: PublicView | null, tableId: TableId): PublicTableView | undefined =>
  view?.tables && view.tables.rejoinedAt === null
    ? view.tables.tables.find((table) => table.id === tableId)
    : undefined;

const NO_IDS: TopicId[] = [];

/** A scope's queue and discussion as the server sent them (the plenary's, or a table's). */
export const scopeOf = (
  view: PublicView | null,
  tableId: TableId | null,
): { queue: TopicId[]; discussion: PublicDiscussionView | null } => {
  if (tableId === null)
    return { queue: view?.queue ?? NO_IDS, discussion: view?.discussion ?? null };
  const table = tableIn(view, tableId);
  return { queue: table?.queue ?? NO_IDS, discussion: table?.discussion ?? null };
};

/** The `tableId` field of a command sent in this scope (none for the plenary). */
export const atScope = (tableId: TableId | null): { tableId?: TableId } =>
  tableId ? { tableId } : {};

export const useScopeQueue = (): TopicId[] => {
  const tableId = useScopeTableId();
  return useAppStore((state) => scopeOf(state.view, tableId).queue);
};

export const useScopeDiscussion = (): PublicDiscussionView | null => {
  const tableId = useScopeTableId();
  return useAppStore((state) => scopeOf(state.view, tableId).discussion);
};

/** Whether the vote is closed here: the meeting's, or (mode 'own') this table's before the others'. */
export const useScopeVotingClosed = (): boolean => {
  const tableId = useScopeTableId();
  return useAppStore(
    (state) =>
      (state.view?.votingClosed ?? false) ||
      (tableId !== null && tableIn(state.view, tableId)?.votingClosed === true),
  );
};

/** Whether I lead the discussion here: a moderator, or the host of this table (the server decides). */
export const useLeadsScope = (): boolean => {
  const tableId = useScopeTableId();
  const isModerator = useAppStore(selectIsModerator);
  const hosts = useAppStore((state) => {
    const me = selectMyId(state);
    return tableId !== null && me !== null && tableIn(state.view, tableId)?.hostId === me;
  });
  return isModerator || hosts;
};

/** The running table I sit at, if any. */
export const selectMyTable = (state: {
  view: PublicView | null;
  me: { participantId: string | null } | null;
}): PublicTableView | null => {
  const me = state.me?.participantId ?? null;
  const tables = state.view?.tables;
  if (!me || !tables || tables.rejoinedAt !== null) return null;
  return tables.tables.find((table) => table.people.includes(me)) ?? null;
};
