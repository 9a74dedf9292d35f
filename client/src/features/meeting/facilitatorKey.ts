import { persistence } from '../../store/persistence.js';

/**
 * Takes a secret out of the address's fragment (`#<name>=…`) and removes it from the visible URL,
 * so it is not shared by accident with a screenshot or a copy. Returns it, if there was one.
 */
export const takeSecretFromUrl = (name: 'key' | 'invite' | 'member'): string | null => {
  const match = new RegExp(`^#${name}=([^&]+)`).exec(window.location.hash);
  if (!match?.[1]) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
};

/** A capability key (`#key=…`): a meeting's facilitator key or a community's organiser key. */
export const takeKeyFromUrl = (): string | null => takeSecretFromUrl('key');

/** Keeps the facilitator key of the address for this meeting. */
export const adoptFacilitatorKeyFromUrl = (meetingId: string): void => {
  const key = takeKeyFromUrl();
  if (key) persistence.saveFacilitatorKey(meetingId, key);
};
