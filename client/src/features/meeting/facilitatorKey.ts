import { persistence } from '../../store/persistence.js';

/**
 * Takes a capability key out of the address (`#key=…`) and removes it from the visible URL, so it
 * is not shared by accident with a screenshot or a copy. Returns the key, if there was one.
 */
export const takeKeyFromUrl = (): string | null => {
  const match = /^#key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
};

/** Keeps the facilitator key of the address for this meeting. */
export const adoptFacilitatorKeyFromUrl = (meetingId: string): void => {
  const key = takeKeyFromUrl();
  if (key) persistence.saveFacilitatorKey(meetingId, key);
};
