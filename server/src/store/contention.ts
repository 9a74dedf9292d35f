/**
 * Which meetings another writer (another node) appended to lately, as this node found out: its
 * own append met their events. For a while after that, a node expects to meet them again.
 */

/** Long enough to span a burst of commands; a meeting written from one node again soon forgets. */
const CONTENDED_MS = 1_000;
/** Forgotten meetings are swept once this many are remembered. */
const SWEEP_AT = 1_000;

export class Contention {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Another writer's events were found in this meeting's log just now. */
  seen(meetingId: string): void {
    if (this.lastSeen.size >= SWEEP_AT) this.sweep();
    this.lastSeen.set(meetingId, this.now());
  }

  /** Whether another writer was seen in this meeting within the last second. */
  recent(meetingId: string): boolean {
    const at = this.lastSeen.get(meetingId);
    if (at === undefined) return false;
    if (this.now() - at < CONTENDED_MS) return true;
    this.lastSeen.delete(meetingId);
    return false;
  }

  private sweep(): void {
    for (const meetingId of [...this.lastSeen.keys()]) this.recent(meetingId);
  }
}
