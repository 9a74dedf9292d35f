import type { DeliveryOverview } from '@percolate/shared';
import { useCallback, useEffect, useState } from 'react';
import { CommunityApiError } from '../api/communitiesApi.js';
import { type DeliveryEndpoint, fetchDeliveries } from '../api/deliveryApi.js';
import type { FailureCode } from '../store/commandInput.js';

export type LoadedDeliveries =
  | { state: 'loading' }
  | { state: 'failed'; code: FailureCode }
  | { state: 'loaded'; overview: DeliveryOverview };

/** An owner's delivery overview, read on opening and again after each change (memoise `endpoint`). */
export const useDeliveries = (endpoint: DeliveryEndpoint) => {
  const [loaded, setLoaded] = useState<LoadedDeliveries>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      setLoaded({ state: 'loaded', overview: await fetchDeliveries(endpoint) });
    } catch (error) {
      setLoaded({
        state: 'failed',
        code: error instanceof CommunityApiError ? error.code : 'NETWORK',
      });
    }
  }, [endpoint]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { loaded, reload };
};
