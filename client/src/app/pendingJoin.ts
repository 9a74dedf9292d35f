/**
 * The name a facilitator gave when creating a meeting, so the meeting page joins them at once
 * instead of asking again. Lives only in memory: a reload rejoins by token anyway.
 */
const pending = new Map<string, string>();

export const pendingJoin = {
  set: (meetingId: string, name: string) => pending.set(meetingId, name),
  take(meetingId: string): string | null {
    const name = pending.get(meetingId) ?? null;
    pending.delete(meetingId);
    return name;
  },
};
