import { useState } from 'react';
import { ApiError, type ApiFailure } from '../../api/request.js';
import { navigate } from '../../app/router.js';

/** Opens an address the server answered, its secret in the fragment (taken out by the page). */
export const openAddress = (url: string): void => {
  const target = new URL(url, window.location.origin);
  navigate(target.pathname + target.hash);
};

/** Creates something on the server, then opens the address it answered (its key in the fragment). */
export const useCreateAndOpen = () => {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const createAndOpen = async (create: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    try {
      openAddress(await create());
    } catch (error) {
      setFailure(error instanceof ApiError ? error.failure : 'network');
      setBusy(false);
    }
  };

  return { createAndOpen, failure, busy };
};
