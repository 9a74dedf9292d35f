/**
 * A meeting's turns, one at a time: queued items are taken together on the next turn of the event
 * loop (`setImmediate`), and while one turn runs (a batch being written) the next one fills. A
 * turn may also be wanted with nothing queued (to catch up with the store).
 */

/** Bounds one turn's batch (one transaction); the rest wait for the next turn. */
const MAX_BATCH = 500;

export interface TurnsOptions<T> {
  run: (batch: T[]) => Promise<void>;
  /** Whether a turn is needed even with nothing queued. */
  wanted: () => boolean;
  /** Told after a turn when nothing is left to do. */
  onIdle: () => void;
}

export class Turns<T> {
  private queue: T[] = [];
  private scheduled = false;
  private running: Promise<void> | null = null;

  constructor(private readonly options: TurnsOptions<T>) {}

  get idle(): boolean {
    return this.queue.length === 0 && this.running === null;
  }

  push(item: T): void {
    this.queue.push(item);
    this.schedule();
  }

  /** Asks for a turn on the next tick (nothing happens if none is wanted by then). */
  schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.running && this.hasWork) void this.next();
    });
  }

  /** Runs turns until nothing is queued or running. */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0) {
      await (this.running ?? this.next());
    }
  }

  private get hasWork(): boolean {
    return this.queue.length > 0 || this.options.wanted();
  }

  private next(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    const run = this.options.run(batch).finally(() => {
      this.running = null;
      if (this.hasWork) this.schedule();
      else this.options.onIdle();
    });
    this.running = run;
    return run;
  }
}
