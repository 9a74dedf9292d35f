import { useEffect } from 'react';
import { persistence } from '../../store/persistence.js';
import { useAppStoreApi } from '../../store/StoreContext.js';
import { adoptFacilitatorKeyFromUrl } from './facilitatorKey.js';

/** Connects to a meeting for as long as the calling page is shown. */
export const useMeetingConnection = (meetingId: string, options: { asFacilitator: boolean }) => {
  const store = useAppStoreApi();
  const { asFacilitator } = options;

  useEffect(() => {
    if (asFacilitator) adoptFacilitatorKeyFromUrl(meetingId);
    store.getState().connect({
      meetingId,
      token: persistence.participantToken(meetingId),
      facilitatorKey: asFacilitator ? persistence.facilitatorKey(meetingId) : null,
    });
    return () => store.getState().disconnect();
  }, [store, meetingId, asFacilitator]);
};
