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

  return {
    /** The online list changed (a socket came or went): send it now or when the window ends. */
    changed(meetingId: string, online: ParticipantId[]): void {
      const window = open.get(meetingId);
      if (window) {
        window.pending = online;
        return;
      }
      send(meetingId, online);
      open.set(meetingId, startWindow(meetingId));
    },
    /** The latest list went out another way (with a join's patch): an older pending one must not follow. */
    delivered(meetingId: string): void {
      const window = open.get(meetingId);
      if (window) window.pending = null;
    },
  };
};
