/**
 * What one client received: each broadcast's sequence range and its arrival time, in arrival
 * order. A command acknowledged with seq s reached this client with the first broadcast whose
 * `to` is at least s (a broadcast may cover several commands when the server batches them).
 */
export class DeliveryLog {
  private readonly tos: number[] = [];
  private readonly times: number[] = [];
  /** Sequence numbers a broadcast skipped and none has brought since, each with its gap. */
  private readonly missing = new Map<number, number>();
  /** Per gap, how many of its sequence numbers are still missing. */
  private readonly stillMissing: number[] = [];
  /** When a skipped sequence number arrived after all (a broadcast overtaken by a later one). */
  private readonly lateArrivals = new Map<number, number>();
  /** Broadcasts that repeated sequence numbers this client had already received. */
  doubled = 0;

  constructor(private lastSeq = 0) {}

  get last(): number {
    return this.lastSeq;
  }

  /** Broadcasts that skipped sequence numbers this client has not received since: lost ones. */
  get gaps(): number {
    return this.stillMissing.filter((count) => count > 0).length;
  }

  /** Broadcasts that skipped sequence numbers which arrived later: overtaken, nothing lost. */
  get overtaken(): number {
    return this.stillMissing.filter((count) => count === 0).length;
  }

  /** A broadcast covering (from, to]; a snapshot is recorded with `from` = `last`. */
  record(from: number, to: number, at: number): void {
    if (from < this.lastSeq && this.fillOrRepeat(from, Math.min(to, this.lastSeq), at)) {
      this.doubled += 1;
    }
    if (to <= this.lastSeq) return;
    if (from > this.lastSeq) {
      const gap = this.stillMissing.length;
      this.stillMissing.push(from - this.lastSeq);
      for (let seq = this.lastSeq + 1; seq <= from; seq += 1) this.missing.set(seq, gap);
    }
    this.tos.push(to);
    this.times.push(at);
    this.lastSeq = to;
  }

  /** Takes (from, to] of a late broadcast: whether any of it had arrived before. */
  private fillOrRepeat(from: number, to: number, at: number): boolean {
    let repeated = false;
    for (let seq = from + 1; seq <= to; seq += 1) {
      const gap = this.missing.get(seq);
      if (gap === undefined) {
        repeated = true;
        continue;
      }
      this.missing.delete(seq);
      this.stillMissing[gap] = (this.stillMissing[gap] ?? 1) - 1;
      this.lateArrivals.set(seq, at);
    }
    return repeated;
  }

  /** When the broadcast carrying `seq` arrived, or undefined if it has not. */
  arrivalOf(seq: number): number | undefined {
    const late = this.lateArrivals.get(seq);
    if (late !== undefined) return late;
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
