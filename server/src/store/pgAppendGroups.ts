/**
 * The grouping rule of the PostgreSQL append path, as SQLite's writer has it (#20): an append
 * submitted while no group is in flight goes at once (a microtask later, with whatever else this
 * synchronous stretch submitted); what is submitted while one is in flight forms the next group,
 * sent as soon as that one committed. A group is one statement (`append_group`, see `pgAppend.ts`)
 * and so one transaction: one round trip and one COMMIT for however many appends, so groups grow
 * with the load. Every append's promise settles with its own outcome, only after the COMMIT.
 *
 * One group at a time: a stream's next append may follow in the next group only if that group
 * starts after this one committed (its expected seq is this one's last); two groups in flight would
 * race for the row, and the later append could be tried first and refused. The wait for the
 * previous group is one round trip of a few milliseconds, the time a group takes to fill anyway.
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

export const appendGroups = (
  pool: pg.Pool,
  quotedSchema: string,
  onCommitted?: OnAppendsCommitted,
): AppendGroups => {
  let queue: Waiting[] = [];
  let sending = false;
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

  const send = async () => {
    sending = true;
    while (queue.length > 0) {
      const group = queue.slice(0, MAX_GROUP).sort(lockOrder);
      queue = queue.slice(MAX_GROUP);
      await write(group);
    }
    sending = false;
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };

  return {
    submit: <Row>(append: AppendRows) =>
      new Promise<Outcome<Row>>((resolve, reject) => {
        if (!sending && queue.length === 0) queueMicrotask(() => void send());
        queue.push({ append, resolve: resolve as (outcome: Outcome<unknown>) => void, reject });
      }),
    drained: () =>
      !sending && queue.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idle.push(resolve)),
  };
};
