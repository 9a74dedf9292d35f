import { useCallback, useState } from 'react';
import type { FailureCode } from './commandInput.js';

type Outcome = { ok: true } | { ok: false; code: FailureCode };

/**
 * Runs one control's requests and keeps that control's last refusal, so the reason can be shown
 * right beside it.
 */
export const useAction = <Input>(send: (input: Input) => Promise<Outcome>) => {
  const [error, setError] = useState<FailureCode | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (input: Input): Promise<boolean> => {
      setPending(true);
      setError(null);
      const outcome = await send(input);
      setPending(false);
      if (!outcome.ok) setError(outcome.code);
      return outcome.ok;
    },
    [send],
  );
  const clearError = useCallback(() => setError(null), []);

  return { run, error, pending, clearError, setError };
};
