/**
 * Presence goes out at most once per window per meeting: the first change at once, later ones in
 * that window as one message with the latest list when it ends. When a whole room joins within a
 * second, each join would otherwise cost a second broadcast to every member beside its patch.
 * The latest list always goes out, so nobody is left with a stale one. Real timers on purpose:
 * this paces socket writes, it is not meeting time (a test's fake clock must not hold it back).
 */
import type { ParticipantId } from '@percolate/shared';

/** Short enough that nobody notices a dot turning green late. */
export const PRESENCE_WINDOW_MS = 150;

/**
 * Up to this many people online, a join's list always goes out at once, right after its patch
 * (≈ 15 bytes an id): a whole room of 50 joining at once then costs about 2 MB of writes. A bigger
 * room is paced like any other change, or a storm of n joins would send n lists of up to n ids to
 * n sockets.
 */
export const LIST_GOES_AT_ONCE_UP_TO = 50;

type Send = (meetingId: string, online: ParticipantId[]) => void;

interface Window {
  timer: ReturnType<typeof setTimeout>;
  /** The list to send when the window ends, if it changed during the window. */
  pending: ParticipantId[] | null;
}

export const presenceThrottle = (send: Send, windowMs = PRESENCE_WINDOW_MS) => {
  const open = new Map<string, Window>();

  const startWindow = (meetingId: string): Window => {
    const window: Window = {
      pending: null,
      timer: setTimeout(() => {
        open.delete(meetingId);
        if (window.pending) {
          send(meetingId, window.pending);
          open.set(meetingId, startWindow(meetingId));
        }
      }, windowMs),
    };
    window.timer.unref();
    return window;
  };

  const sendNow = (meetingId: string, online: ParticipantId[]): void => {
    send(meetingId, online);
    open.set(meetingId, startWindow(meetingId));
  };

  return {
    /** The online list changed (a socket came or went): send it now or when the window ends. */
    changed(meetingId: string, online: ParticipantId[]): void {
      const window = open.get(meetingId);
      if (window) window.pending = online;
      else sendNow(meetingId, online);
    },
    /**
     * A join or leave changed the list: in a small room it goes at once even inside a window (so
     * the joiner shows online with the join, and a list still pending is older and dropped); in a
     * big one it waits for the window like any change.
     */
    membershipChanged(meetingId: string, online: ParticipantId[]): void {
      const window = open.get(meetingId);
      if (!window) {
        sendNow(meetingId, online);
      } else if (online.length > LIST_GOES_AT_ONCE_UP_TO) {
        window.pending = online;
      } else {
        window.pending = null;
        send(meetingId, online);
      }
    },
  };
};
