import { useCallback } from 'react';
import { atScope, useScopeTableId } from './discussionScope.js';
import { useAppStore } from './StoreContext.js';
import { useCommand } from './useCommand.js';

/**
 * Starts a topic in the surrounding scope (the plenary or a table) with the timebox the
 * facilitator chose for it, if any; the choice is then spent.
 */
export const useStartTopic = () => {
  const command = useCommand();
  const minutes = useAppStore((state) => state.nextTimeboxMinutes);
  const setNextTimebox = useAppStore((state) => state.setNextTimebox);
  const tableId = useScopeTableId();
  const { run } = command;
  const start = useCallback(
    async (topicId: string): Promise<boolean> => {
      const ok = await run({
        type: 'discussion:start',
        topicId,
        ...atScope(tableId),
        ...(minutes ? { minutes } : {}),
      });
      if (ok) setNextTimebox(null);
      return ok;
    },
    [run, minutes, setNextTimebox, tableId],
  );
  return { ...command, start };
};
