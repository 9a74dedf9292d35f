import type { DeliveryOverview } from '@percolate/shared';
import { useCallback, useEffect, useState } from 'react';
import { CommunityApiError } from '../../api/communitiesApi.js';
import { fetchDeliveries } from '../../api/deliveryApi.js';
import type { FailureCode } from '../../store/commandInput.js';

export type LoadedDeliveries =
  | { state: 'loading' }
  | { state: 'failed'; code: FailureCode }
  | { state: 'loaded'; overview: DeliveryOverview };

/** The organiser's delivery overview, read on opening and again after each change. */
export const useDeliveries = (communityId: string) => {
  const [loaded, setLoaded] = useState<LoadedDeliveries>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      setLoaded({ state: 'loaded', overview: await fetchDeliveries(communityId) });
    } catch (error) {
      setLoaded({
        state: 'failed',
        code: error instanceof CommunityApiError ? error.code : 'NETWORK',
      });
    }
  }, [communityId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { loaded, reload };
};
