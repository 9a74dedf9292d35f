/**
 * The secret of a read-only minutes link arrives in the address's fragment (`#view=…`), which
 * browsers never send to a server or in a Referer. It is moved out of the visible address at once
 * and kept for this tab only (session storage), so a reload still works.
 */
const storageKey = (meetingId: string) => `percolate:${meetingId}:view`;

/** Where the secret stays when the browser refuses session storage (for this page view only). */
const withoutStorage = new Map<string, string>();

const keep = (meetingId: string, secret: string): void => {
  try {
    globalThis.sessionStorage.setItem(storageKey(meetingId), secret);
  } catch {
    withoutStorage.set(meetingId, secret);
  }
};

const kept = (meetingId: string): string | null => {
  try {
    return globalThis.sessionStorage.getItem(storageKey(meetingId));
  } catch {
    return withoutStorage.get(meetingId) ?? null;
  }
};

/** Takes `#view=<secret>` out of the address and keeps it; returns the secret this tab holds. */
export const adoptReaderSecret = (meetingId: string): string | null => {
  const match = /^#view=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    window.history.replaceState(window.history.state, '', window.location.pathname);
    keep(meetingId, decodeURIComponent(match[1]));
  }
  return kept(meetingId);
};
