import { persistence } from '../store/persistence.js';

/**
 * Takes a secret out of the address's fragment (`#<name>=…`, several joined by `&`) and removes
 * it from the visible URL, so it is not shared by accident with a screenshot or a copy. Returns
 * it, if there was one.
 */
export const takeSecretFromUrl = (name: 'key' | 'invite' | 'member' | 'as'): string | null => {
  const secrets = new URLSearchParams(window.location.hash.slice(1));
  const secret = secrets.get(name);
  if (!secret) return null;
  secrets.delete(name);
  const rest = secrets.toString();
  const address = rest ? `${window.location.pathname}#${rest}` : window.location.pathname;
  window.history.replaceState(window.history.state, '', address);
  return secret;
};

/** A capability key (`#key=…`): a meeting's facilitator key or a community's organiser key. */
export const takeKeyFromUrl = (): string | null => takeSecretFromUrl('key');

/**
 * A link for another device (`#as=<token>`) makes this browser that participant: the token is
 * kept for the meeting before the first handshake.
 */
export const adoptParticipantTokenFromUrl = (meetingId: string): void => {
  const token = takeSecretFromUrl('as');
  if (token) persistence.saveParticipantToken(meetingId, token);
};

/** Keeps the facilitator key of the address for this meeting. */
export const adoptFacilitatorKeyFromUrl = (meetingId: string): void => {
  const key = takeKeyFromUrl();
  if (key) persistence.saveFacilitatorKey(meetingId, key);
};
