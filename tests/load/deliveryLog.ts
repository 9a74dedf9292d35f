/**
 * What one client received: each broadcast's sequence range and its arrival time, in arrival
 * order. A command acknowledged with seq s reached this client with the first broadcast whose
 * `to` is at least s (a broadcast may cover several commands when the server batches them).
 */
export class DeliveryLog {
  private readonly tos: number[] = [];
  private readonly times: number[] = [];
  /** Broadcasts that skipped sequence numbers this client never saw. */
  gaps = 0;
  /** Broadcasts that repeated sequence numbers this client had already received. */
  doubled = 0;

  constructor(private lastSeq = 0) {}

  get last(): number {
    return this.lastSeq;
  }

  /** A broadcast covering (from, to]; a snapshot is recorded with `from` = `last`. */
  record(from: number, to: number, at: number): void {
    if (from < this.lastSeq) this.doubled += 1;
    if (to <= this.lastSeq) return;
    if (from > this.lastSeq) this.gaps += 1;
    this.tos.push(to);
    this.times.push(at);
    this.lastSeq = to;
  }

  /** When the broadcast carrying `seq` arrived, or undefined if it has not. */
  arrivalOf(seq: number): number | undefined {
    let low = 0;
    let high = this.tos.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.tos[middle] as number) < seq) low = middle + 1;
      else high = middle;
    }
    return this.times[low];
  }
}
