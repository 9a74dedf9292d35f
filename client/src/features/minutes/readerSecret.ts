/**
 * The secret of a read-only minutes link arrives in the address's fragment (`#view=…`), which
 * browsers never send to a server or in a Referer. It is moved out of the visible address at once
 * and kept for this tab only (session storage), so a reload still works.
 */
const storageKey = (meetingId: string) => `percolate:${meetingId}:view`;

/** Also kept in memory, for a browser that refuses storage (and React running effects twice). */
const inMemory = new Map<string, string>();

const session = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

/** Takes `#view=<secret>` out of the address and keeps it; returns the secret this tab holds. */
export const adoptReaderSecret = (meetingId: string): string | null => {
  const match = /^#view=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const secret = decodeURIComponent(match[1]);
    window.history.replaceState(window.history.state, '', window.location.pathname);
    inMemory.set(meetingId, secret);
    try {
      session()?.setItem(storageKey(meetingId), secret);
    } catch {
      // Storage refused: the secret still serves this page view.
    }
    return secret;
  }
  try {
    return session()?.getItem(storageKey(meetingId)) ?? inMemory.get(meetingId) ?? null;
  } catch {
    return inMemory.get(meetingId) ?? null;
  }
};
