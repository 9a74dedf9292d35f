/**
 * Presence goes out at most once per window per meeting on its own: the first change at once,
 * later ones in that window as one message with the latest list when it ends, so nobody is left
 * with a stale one. A list may also ride with a patch going to the same sockets (one Socket.IO
 * packet, one write per socket): a join's list rides with the join's patch, and a list waiting for
 * its window rides with the next patch instead. In a room filling up (everyone arriving in the
 * first minute) a separate list per join doubled the sockets' writes, and pacing alone still sent
 * about seven per room of twenty; the bench's join storm (1,000 joins a second in rooms of 20)
 * held a join's ack at p50 96–154 ms unpaced against 45–75 ms paced (#14, docs/performance.md).
 * Real timers on purpose: this paces socket writes, it is not meeting time (a test's fake clock
 * must not hold it back).
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
    /** The online list changed (a socket came or went, someone joined or left). */
    changed(meetingId: string, online: ParticipantId[]): void {
      const window = open.get(meetingId);
      if (window) {
        window.pending = online;
        return;
      }
      send(meetingId, online);
      open.set(meetingId, startWindow(meetingId));
    },

    /**
     * A patch goes to the meeting's sockets now: the list to send with it, if any. That is
     * `online` when the list changed with the patch, else the one waiting for its window (which
     * then no longer goes on its own). It counts as sent for the pacing.
     */
    ridingWith(meetingId: string, online?: ParticipantId[]): ParticipantId[] | null {
      const window = open.get(meetingId);
      const list = online ?? window?.pending ?? null;
      if (window) window.pending = null;
      else if (list) open.set(meetingId, startWindow(meetingId));
      return list;
    },
  };
};
