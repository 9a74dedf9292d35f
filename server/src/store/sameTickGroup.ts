/**
 * Collects the jobs submitted within one turn of the event loop and writes them together on
 * setImmediate, so that one synchronous transaction (one fsync) serves all of them instead of
 * each stopping the event loop for its own.
 */

/** What `write` says about one job: done, or refused on its own (the rest of the group stands). */
export type JobOutcome = { ok: true } | { ok: false; error: unknown };

export const JOB_DONE: JobOutcome = { ok: true };

export interface SameTickGroup<Job> {
  /** Resolves once the group holding this job is written; rejects with the job's own error. */
  submit(job: Job): Promise<void>;
  /** Writes whatever is queued right now (before closing the database). */
  flushNow(): void;
}

/**
 * `write` receives the jobs in submission order and returns one outcome per job; when it throws,
 * nothing of the group is written and every job's promise rejects with that error.
 */
export function sameTickGroup<Job>(
  write: (jobs: readonly Job[]) => readonly JobOutcome[],
): SameTickGroup<Job> {
  type Queued = { job: Job; resolve: () => void; reject: (error: unknown) => void };
  let queued: Queued[] = [];
  let scheduled: NodeJS.Immediate | undefined;

  const flushNow = () => {
    if (scheduled !== undefined) clearImmediate(scheduled);
    scheduled = undefined;
    const group = queued;
    queued = [];
    if (group.length === 0) return;
    let outcomes: readonly JobOutcome[];
    try {
      outcomes = write(group.map((each) => each.job));
    } catch (error) {
      for (const each of group) each.reject(error);
      return;
    }
    group.forEach((each, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) each.resolve();
      else each.reject(outcome ? outcome.error : new Error('no outcome for a grouped job'));
    });
  };

  return {
    submit: (job) =>
      new Promise<void>((resolve, reject) => {
        queued.push({ job, resolve, reject });
        scheduled ??= setImmediate(flushNow);
      }),
    flushNow,
  };
}
