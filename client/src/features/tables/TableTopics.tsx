import type { ReactNode } from 'react';
import { ScopeProvider, selectMyTable } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';

/**
 * The topics where I sit: while tables run with their own topics (mode 'own'), my table's (its
 * queue, its proposals and dots), else the plenary's. The topic and vote components come from the
 * app shell, which composes the features.
 */
export const TableTopics = ({ children }: { children: ReactNode }) => {
  const mine = useAppStore(selectMyTable);
  const ownTopics = useAppStore((state) => state.view?.tables?.mode === 'own');
  if (!mine || !ownTopics) return <>{children}</>;
  return <ScopeProvider tableId={mine.id}>{children}</ScopeProvider>;
};
