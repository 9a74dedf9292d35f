import { useState } from 'react';
import { ApiError, type ApiFailure } from '../../api/request.js';
import { navigate } from '../../app/router.js';

/** Creates something on the server, then opens the address it answered (its key in the fragment). */
export const useCreateAndOpen = () => {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const createAndOpen = async (create: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    try {
      const target = new URL(await create(), window.location.origin);
      navigate(target.pathname + target.hash);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.failure : 'network');
      setBusy(false);
    }
  };

  return { createAndOpen, failure, busy };
};
