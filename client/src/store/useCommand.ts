import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CommandInput, CommandWatcher } from './commandInput.js';
import { useAppStore } from './StoreContext.js';
import { useAction } from './useAction.js';

/**
 * Sends meeting commands for one control and keeps that control's last error, and whether its
 * last command waits for the connection (`queued`).
 */
export const useCommand = () => {
  const send = useAppStore((state) => state.send);
  const claimUnsent = useAppStore((state) => state.claimUnsent);
  const dismissUnsent = useAppStore((state) => state.dismissUnsent);
  const [queued, setQueued] = useState(false);
  const [refusedHere, setRefusedHere] = useState<string | null>(null);
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  // While this control shows why what waited was refused, the store's list leaves it out; should
  // the control go (the meeting moved on), the list shows it again.
  useLayoutEffect(() => {
    if (!refusedHere) return;
    claimUnsent(refusedHere, true);
    return () => claimUnsent(refusedHere, false);
  }, [refusedHere, claimUnsent]);

  const watcher = useMemo<CommandWatcher>(
    () => ({
      onQueued: () => {
        if (shown.current) setQueued(true);
      },
      onRefused: (commandId) => {
        if (shown.current) setRefusedHere(commandId);
      },
    }),
    [],
  );
  const sendHere = useCallback(
    async (input: CommandInput) => {
      // Sending again from here supersedes the refusal shown beside it.
      if (refusedHere) dismissUnsent(refusedHere);
      setRefusedHere(null);
      const outcome = await send(input, watcher);
      if (shown.current) setQueued(false);
      return outcome;
    },
    [send, watcher, refusedHere, dismissUnsent],
  );
  return { ...useAction(sendHere), queued };
};
