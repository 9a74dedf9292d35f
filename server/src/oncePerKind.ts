/**
 * Remembers which kinds of error were already reported, so that an outage that fails every
 * message (or every reconnect attempt) writes one log line per kind, not one per message.
 */
export class OncePerKind {
  private readonly seen = new Map<string, number>();

  /** True the first time this kind is seen (since the last reset); counts every time. */
  first(error: unknown): boolean {
    const kind = kindOf(error);
    const count = this.seen.get(kind) ?? 0;
    this.seen.set(kind, count + 1);
    return count === 0;
  }

  /** How often each kind was seen since the last reset. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.seen);
  }

  reset(): void {
    this.seen.clear();
  }
}

/** The error's class and code (e.g. `TimeoutError`, `Error:ECONNREFUSED`), without the message. */
export const kindOf = (error: unknown): string => {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name}:${code}` : error.name;
};
