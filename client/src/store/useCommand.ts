import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CommandInput, CommandWatcher } from './commandInput.js';
import { useAppStore } from './StoreContext.js';
import { useAction } from './useAction.js';

/**
 * Sends meeting commands for one control and keeps that control's last error, and whether its
 * last command waits for the connection (`queued`).
 */
export const useCommand = () => {
  const send = useAppStore((state) => state.send);
  const [queued, setQueued] = useState(false);
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const watcher = useMemo<CommandWatcher>(
    () => ({
      onQueued: () => {
        if (shown.current) setQueued(true);
      },
      isShown: () => shown.current,
    }),
    [],
  );
  const sendHere = useCallback(
    async (input: CommandInput) => {
      const outcome = await send(input, watcher);
      if (shown.current) setQueued(false);
      return outcome;
    },
    [send, watcher],
  );
  return { ...useAction(sendHere), queued };
};
