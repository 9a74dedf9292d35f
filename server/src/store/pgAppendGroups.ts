/**
 * The grouping rule of the PostgreSQL append path (#20): appends submitted together go as one
 * group a microtask later; while two groups are in flight whatever arrives queues for the next.
 * A group is one statement (`append_group`, see `pgAppend.ts`) and so one transaction: one round
 * trip and one COMMIT for however many appends, so groups grow with the load. Every append's
 * promise settles with its own outcome, only after the COMMIT.
 *
 * Two groups may be in flight, on two connections, as long as no stream has appends in both: a
 * stream's next append waits for the group holding its previous one to commit, since its expected
 * seq is that one's last and, sent alongside, it could reach the row first and be refused. With one
 * group at a time the bench kept that group in flight ~90 % of the run at 1,000 commands/s, so an
 * append waited out the group ahead of it before its own (see docs/performance.md).
 */
import type pg from 'pg';
import type { AppendRows } from './appendRows.js';
import { appendGroup, type Outcome } from './pgAppend.js';

/**
 * Each append of a group is a subtransaction; more than 64 in one transaction overflow the cache
 * PostgreSQL keeps of them per backend, and every snapshot taken meanwhile, on any connection,
 * pays for it. Appends beyond it wait for the next group.
 */
export const MAX_GROUP = 64;

/**
 * Groups in flight at once: a second one lets a backend work while the first is on its way or
 * committing; a third was not tried (each one more splits the load into smaller groups).
 */
export const MAX_IN_FLIGHT = 2;

/** Hears each committed group: how many appends it carried and its round trip in ms. */
export type OnAppendsCommitted = (appends: number, elapsedMs: number) => void;

export interface AppendGroups {
  /** Resolves with the append's outcome once its group committed; rejects if the group failed. */
  submit<Row>(append: AppendRows): Promise<Outcome<Row>>;
  /** Resolves once everything submitted so far is answered. */
  drained(): Promise<void>;
}

interface Waiting {
  append: AppendRows;
  resolve: (outcome: Outcome<unknown>) => void;
  reject: (error: unknown) => void;
}

/**
 * Rows are locked in one order everywhere (by kind, then id), so groups of two nodes never wait
 * for each other in a cycle; the sort is stable, so one stream's appends keep their order.
 */
const lockOrder = ({ append: a }: Waiting, { append: b }: Waiting) =>
  a.stream === b.stream ? compare(a.streamId, b.streamId) : compare(a.stream, b.stream);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const streamKey = ({ stream, streamId }: AppendRows) => `${stream}:${streamId}`;

export const appendGroups = (
  pool: pg.Pool,
  quotedSchema: string,
  onCommitted?: OnAppendsCommitted,
): AppendGroups => {
  let queue: Waiting[] = [];
  /** Streams with appends in a group in flight. */
  const writing = new Set<string>();
  let inFlight = 0;
  let pumping = false;
  let idle: (() => void)[] = [];

  const write = async (group: Waiting[]) => {
    const startedAt = performance.now();
    try {
      const outcomes = await appendGroup(
        pool,
        quotedSchema,
        group.map(({ append }) => append),
      );
      onCommitted?.(group.length, performance.now() - startedAt);
      group.forEach(({ resolve }, index) => {
        const outcome = outcomes[index];
        if (outcome) resolve(outcome);
      });
    } catch (error) {
      for (const { reject } of group) reject(error);
    }
  };

  /** The queued appends of streams not in flight, in submission order, up to a group's size. */
  const take = (): Waiting[] => {
    const group: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const waiting of queue) {
      const free = group.length < MAX_GROUP && !writing.has(streamKey(waiting.append));
      (free ? group : rest).push(waiting);
    }
    queue = rest;
    return group.sort(lockOrder);
  };

  const send = (group: Waiting[]) => {
    inFlight += 1;
    for (const { append } of group) writing.add(streamKey(append));
    void write(group).finally(() => {
      inFlight -= 1;
      for (const { append } of group) writing.delete(streamKey(append));
      pump();
    });
  };

  const pump = () => {
    while (inFlight < MAX_IN_FLIGHT) {
      const group = take();
      if (group.length === 0) break;
      send(group);
    }
    if (inFlight > 0 || queue.length > 0) return;
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };

  return {
    submit: <Row>(append: AppendRows) =>
      new Promise<Outcome<Row>>((resolve, reject) => {
        if (!pumping) {
          pumping = true;
          queueMicrotask(() => {
            pumping = false;
            pump();
          });
        }
        queue.push({ append, resolve: resolve as (outcome: Outcome<unknown>) => void, reject });
      }),
    drained: () =>
      inFlight === 0 && queue.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idle.push(resolve)),
  };
};
