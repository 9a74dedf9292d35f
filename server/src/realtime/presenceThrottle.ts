/**
 * Presence goes out at most once per window per meeting: the first change at once, later ones in
 * that window as one message with the latest list when it ends, so nobody is left with a stale
 * one. Joins and leaves are paced like sockets coming and going: a join's list used to go out at
 * once beside its patch, and in a room filling up (everyone arriving in the first minute) that
 * second broadcast per join doubled the sockets' writes. The bench's join storm (1,000 joins a
 * second in rooms of 20) then held a join's ack at p50 96–154 ms against 45–75 ms paced (#14,
 * docs/performance.md). A dot turning green up to a window later goes unnoticed. Real timers on
 * purpose: this paces socket writes, it is not meeting time (a test's fake clock must not hold it
 * back).
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
  };
};
