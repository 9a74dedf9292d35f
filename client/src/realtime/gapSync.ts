/**
 * Patches that arrive out of sequence, and the syncs they ask for. With several server nodes a
 * patch can overtake the one before it by a few milliseconds (each node sends its own commits'
 * patches itself and the other nodes' through Redis), so a gap first waits a moment for the
 * missing patch, keeping what arrives meanwhile. Only if the gap is still open then is `sync`
 * asked, once; patches arriving during it are kept too and applied after it. So a burst of gaps
 * costs a socket at most one sync per `graceMs` (one store read at most on the server), and a
 * patch that is merely late costs none.
 */
import type { ViewPatch } from '@percolate/shared';
import type { PatchResult } from '../store/transport.js';

/** Long enough for a patch that another node relayed a little later; short for a person. */
export const GAP_GRACE_MS = 100;
/** Patches kept while a gap is open; beyond this the oldest go (the sync brings them anyway). */
const MAX_HELD = 500;

export interface GapSyncOptions {
  /** Applies the patch when it continues the sequence, else says it is stale or after a gap. */
  receive: (patch: ViewPatch) => PatchResult;
  /** Asks the server for what is missing and applies the answer. */
  sync: () => Promise<void>;
  graceMs?: number;
}

export interface GapSync {
  /** A patch from the server: applied, ignored when stale, or kept until the gap before it closes. */
  patch(patch: ViewPatch): PatchResult;
  /** Syncs now (after a reconnect), keeping the patches that arrive meanwhile. */
  syncNow(): Promise<void>;
  /** Forgets what it kept and stops waiting (the connection is closed for good). */
  stop(): void;
}

export const gapSync = ({ receive, sync, graceMs = GAP_GRACE_MS }: GapSyncOptions): GapSync => {
  let held: ViewPatch[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let syncing: Promise<void> | null = null;

  /** Applies every kept patch that continues the sequence now; drops those already had. */
  const drain = () => {
    for (let applied = true; applied && held.length > 0; ) {
      applied = false;
      const waiting = held;
      held = [];
      for (const patch of waiting) {
        const outcome = receive(patch);
        if (outcome === 'gap') held.push(patch);
        else if (outcome === 'applied') applied = true;
      }
    }
  };

  /** After anything changed: stop waiting when no gap is left, else wait for it once. */
  const settle = () => {
    drain();
    if (held.length === 0) {
      clearTimeout(timer);
      timer = undefined;
    } else if (timer === undefined && syncing === null) {
      timer = setTimeout(waited, graceMs);
    }
  };

  /** The wait is over: sync unless what arrived meanwhile (a snapshot, say) closed the gap. */
  const waited = () => {
    timer = undefined;
    drain();
    if (held.length > 0) void syncNow();
  };

  const syncNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    // A sync that failed (the connection dropped) leaves the gap open: it is asked again after
    // the next wait, or by the reconnect.
    syncing ??= sync()
      .catch(() => {})
      .finally(() => {
        syncing = null;
        settle();
      });
    return syncing;
  };

  return {
    patch(patch) {
      const outcome = receive(patch);
      if (outcome === 'gap') {
        held.push(patch);
        if (held.length > MAX_HELD) held.shift();
      }
      if (outcome !== 'stale') settle();
      return outcome;
    },
    syncNow,
    stop() {
      clearTimeout(timer);
      timer = undefined;
      held = [];
    },
  };
};
