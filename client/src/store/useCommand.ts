import { useCallback, useState } from 'react';
import type { CommandInput, FailureCode } from './commandInput.js';
import { useAppStore } from './StoreContext.js';

/**
 * Sends commands for one control and keeps that control's last error, so the message can be
 * shown right beside it.
 */
export const useCommand = () => {
  const send = useAppStore((state) => state.send);
  const [error, setError] = useState<FailureCode | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (command: CommandInput): Promise<boolean> => {
      setPending(true);
      setError(null);
      const outcome = await send(command);
      setPending(false);
      if (!outcome.ok) setError(outcome.code);
      return outcome.ok;
    },
    [send],
  );
  const clearError = useCallback(() => setError(null), []);

  return { run, error, pending, clearError };
};
