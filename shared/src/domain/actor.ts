/** Who issues a command: a client (identified by the hash of its secret token) or the server itself. */
export type Actor =
  | { kind: 'client'; tokenHash: string; hasFacilitatorKey: boolean }
  | { kind: 'system' };

/** What `decide` needs from the outside world, passed in so that it stays pure. */
export interface DecideContext {
  now: number;
  /** Makes a fresh id (nanoid on the server, a counter in tests). */
  newId: () => string;
  /**
   * Who is online now (the server's presence), for dealing people out to tables; asked only by
   * the rules that need it. Left out, every participant who has not left counts.
   */
  online?: () => readonly string[];
  /** Randomness in [0, 1) for a balanced split (Math.random on the server); left out, no shuffle. */
  random?: () => number;
}
