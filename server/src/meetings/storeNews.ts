/**
 * What one meeting's runtime knows of the other nodes' commits, beyond its own state: how far they
 * said they got (to catch up to), how far their patches already reached this node's sockets
 * through the adapter, who waits for the next catch-up, and whether the store just failed a
 * commit (then catch-ups rest for a moment: each would most likely wait for a timeout of its own,
 * and the commands queued behind it with it).
 */

/** How long after a failed commit a catch-up is not tried. */
const STORE_REST_MS = 1_000;

export class StoreNews {
  /** The highest sequence number other nodes said they committed, until caught up with. */
  private storeSeq = 0;
  /** The highest sequence number another node announced: its patches up to it were delivered. */
  private announced = 0;
  private storeFailedAt = Number.NEGATIVE_INFINITY;
  private waiters: (() => void)[] = [];

  get announcedSeq(): number {
    return this.announced;
  }

  get waiting(): boolean {
    return this.waiters.length > 0;
  }

  /** Whether a catch-up is due for a runtime at `seq`. */
  behind(seq: number): boolean {
    return this.storeSeq > seq;
  }

  /**
   * Another node committed up to `seq`; `relayed`: its public patches came through the adapter
   * ahead of this news. Says whether a runtime at `currentSeq` has to catch up.
   */
  heard(seq: number, relayed: boolean, currentSeq: number): boolean {
    if (relayed) this.announced = Math.max(this.announced, seq);
    if (seq <= currentSeq) return false;
    this.storeSeq = Math.max(this.storeSeq, seq);
    return true;
  }

  /** Resolves after the next catch-up (or `release`). */
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  storeFailed(): void {
    this.storeFailedAt = performance.now();
  }

  get storeResting(): boolean {
    return performance.now() - this.storeFailedAt < STORE_REST_MS;
  }

  /**
   * Runs a catch-up for whoever waits now and for everything announced so far, unless none is
   * due for a runtime at `seq()`; the waiters are let go afterwards, whatever its outcome.
   */
  async catchUp(seq: () => number, run: () => Promise<void>): Promise<void> {
    const waiters = this.waiters;
    const wanted = this.storeSeq;
    if (waiters.length === 0 && wanted <= seq()) return;
    this.waiters = [];
    try {
      await run();
    } finally {
      // Everything the store had is here now, unless a newer commit was announced meanwhile.
      if (this.storeSeq <= wanted) this.storeSeq = seq();
      for (const resolve of waiters) resolve();
    }
  }

  /** Lets every waiter go (the runtime closes). */
  release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
