/**
 * The minutes of a running meeting for the people in it. Fifteen browsers asking after the same
 * change cost one computation: the result is kept per sequence number. The log is read from the
 * store once and then only what is new, so a meeting's minutes cost one read per change at most.
 */
import { type MeetingEvent, type Minutes, minutes } from '@percolate/shared';

export class LiveMinutes {
  private readonly events: MeetingEvent[] = [];
  private cached: { seq: number; minutes: Promise<Minutes> } | null = null;

  constructor(private readonly loadEventsAfter: (seq: number) => Promise<MeetingEvent[]>) {}

  /** The minutes with every event up to `seq` (or later ones, when another node wrote them). */
  at(seq: number, now: () => number): Promise<Minutes> {
    if (this.cached && this.cached.seq >= seq) return this.cached.minutes;
    const made = this.make(now);
    const entry = { seq, minutes: made };
    this.cached = entry;
    // A failed read is not remembered: the next request tries again.
    made.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return made;
  }

  private async make(now: () => number): Promise<Minutes> {
    const more = await this.loadEventsAfter(this.lastSeq());
    // Two reads may overlap; each event is taken once, in order.
    for (const event of more) if (event.seq > this.lastSeq()) this.events.push(event);
    return minutes(this.events, { now: now() });
  }

  private lastSeq(): number {
    return this.events.at(-1)?.seq ?? 0;
  }
}
