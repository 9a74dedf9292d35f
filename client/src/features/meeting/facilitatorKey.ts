import { persistence } from '../../store/persistence.js';

/**
 * Takes the facilitator key out of the address (`#key=…`), keeps it for this meeting, and
 * removes it from the visible URL so it is not shared by accident with a screenshot or a copy.
 */
export const adoptFacilitatorKeyFromUrl = (meetingId: string): void => {
  const match = /^#key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  persistence.saveFacilitatorKey(meetingId, decodeURIComponent(match[1]));
  window.history.replaceState(window.history.state, '', window.location.pathname);
};
