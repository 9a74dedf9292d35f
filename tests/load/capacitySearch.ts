/**
 * The stepped search for the highest rate a server carries within a latency limit: the rate
 * doubles while steps pass, then bisects between the highest pass and the lowest failure (if the
 * first step fails, the rate halves until one passes). Pure: the runner feeds it each step's outcome.
 */
export interface CapacitySearch {
  /** The rate of the next step, or null when the interval is as narrow as it gets. */
  next(): number | null;
  record(rate: number, passed: boolean): void;
  /** The highest rate that passed so far (null: none). */
  readonly highest: number | null;
}

/** Bisecting stops when the failure is within 5 % of the pass: closer than the noise of a step. */
const NARROW = 0.05;

export const capacitySearch = (startRate: number): CapacitySearch => {
  let passed: number | null = null;
  let failed: number | null = null;
  return {
    next: () => {
      if (failed === null) return passed === null ? startRate : passed * 2;
      if (passed === null) return failed > 1 ? Math.floor(failed / 2) : null;
      if (failed - passed <= Math.max(1, passed * NARROW)) return null;
      return Math.round((passed + failed) / 2);
    },
    record: (rate, ok) => {
      if (ok) passed = Math.max(passed ?? rate, rate);
      else failed = Math.min(failed ?? rate, rate);
    },
    get highest() {
      return passed;
    },
  };
};
