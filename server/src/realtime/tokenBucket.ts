/**
 * A per-socket token bucket: `ratePerSecond` sustained, up to `capacity` at once. In-process and
 * synchronous on purpose: it lives and dies with its socket, and reads the injected clock.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    /** The socket's clock (not a function made per socket: every socket has a bucket). */
    private readonly clock: { now(): number },
  ) {
    this.tokens = capacity;
    this.last = clock.now();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.clock.now();
    const elapsedSeconds = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.ratePerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
