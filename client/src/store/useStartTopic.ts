import { useCallback } from 'react';
import { useAppStore } from './StoreContext.js';
import { useCommand } from './useCommand.js';

/** Starts a topic with the timebox the facilitator chose for it, if any; the choice is then spent. */
export const useStartTopic = () => {
  const command = useCommand();
  const minutes = useAppStore((state) => state.nextTimeboxMinutes);
  const setNextTimebox = useAppStore((state) => state.setNextTimebox);
  const { run } = command;
  const start = useCallback(
    async (topicId: string): Promise<boolean> => {
      const ok = await run({ type: 'discussion:start', topicId, ...(minutes ? { minutes } : {}) });
      if (ok) setNextTimebox(null);
      return ok;
    },
    [run, minutes, setNextTimebox],
  );
  return { ...command, start };
};
