import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  openPostgresStore,
  SequenceConflictError,
  type Store,
} from '../../../server/src/store/index.js';
import { quoteSchema } from '../../../server/src/store/pgMigrate.js';
import { dropSchema, throwawaySchema } from '../../helpers/pgSchema.js';
import { describeWithService, POSTGRES, requireService } from '../../helpers/services.js';
import { meetingCreated, meetingRecord, proposeTopics } from './builders.js';
import { describeGroupingContract } from './groupingContract.js';

const postgres = await requireService(POSTGRES);

const tick = () => new Promise((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithService(postgres, 'PostgreSQL store grouping', (connectionString) => {
  describeGroupingContract('PostgreSQL store', async () => {
    const schema = throwawaySchema();
    return {
      open: (onCommitted) =>
        openPostgresStore({
          connectionString,
          schema,
          onAppendsCommitted: (appends) => onCommitted(appends),
        }),
      destroy: () => dropSchema(connectionString, schema),
    };
  });

  describe('a group in flight', () => {
    let schema: string;
    let store: Store;
    let commits: number[];
    /** Another connection, holding a meeting's row as a writer in the middle of its append would. */
    let holder: pg.Client;

    const seqsOn = async (client: pg.Client, meetingId: string) => {
      const { rows } = await client.query<{ seq: number }>(
        `SELECT seq FROM ${quoteSchema(schema)}.events WHERE meeting_id = $1 ORDER BY seq`,
        [meetingId],
      );
      return rows.map((row) => row.seq);
    };
    const hold = async (meetingId: string, on = holder) => {
      await on.query('BEGIN');
      await on.query(`SELECT 1 FROM ${quoteSchema(schema)}.meetings WHERE id = $1 FOR UPDATE`, [
        meetingId,
      ]);
    };
    /** Settles to the append's outcome, and says meanwhile whether it has. */
    const watched = (append: Promise<void>) => {
      const state = { settled: false, result: append };
      append.then(
        () => {
          state.settled = true;
        },
        () => {
          state.settled = true;
        },
      );
      return state;
    };

    beforeEach(async () => {
      schema = throwawaySchema();
      commits = [];
      store = await openPostgresStore({
        connectionString,
        schema,
        onAppendsCommitted: (appends) => commits.push(appends),
      });
      for (const id of ['m1', 'm2', 'm3']) {
        await store.createMeeting(meetingRecord(id), [meetingCreated(id)]);
      }
      holder = new pg.Client({ connectionString });
      await holder.connect();
    });

    afterEach(async () => {
      await holder.end();
      await store.close();
      await dropSchema(connectionString, schema);
    });

    it('answers no append of a group before its COMMIT, not even one already written', async () => {
      await hold('m1');
      const written = watched(store.append('m2', 1, [proposeTopics('b', 1)]));
      const held = watched(store.append('m1', 1, [proposeTopics('a', 1)]));
      await pause(200);

      expect([written.settled, held.settled]).toEqual([false, false]);
      expect(await seqsOn(holder, 'm2')).toEqual([1]);

      await holder.query('COMMIT');
      await Promise.all([written.result, held.result]);
      expect(commits).toEqual([2]);
      expect(await seqsOn(holder, 'm2')).toEqual([1, 2]);
    });

    it('sends the appends of other meetings as a second group while the first one waits', async () => {
      await hold('m1');
      const first = watched(store.append('m1', 1, [proposeTopics('a', 1)]));
      await tick();
      const second = watched(store.append('m2', 1, [proposeTopics('b', 1)]));
      await pause(200);

      expect([first.settled, second.settled]).toEqual([false, true]);
      expect(await seqsOn(holder, 'm2')).toEqual([1, 2]);

      await holder.query('COMMIT');
      await first.result;
      expect(commits).toEqual([1, 1]);
    });

    it("keeps a meeting's next append out of the second group until its group in flight committed", async () => {
      await hold('m1');
      const first = watched(store.append('m1', 1, [proposeTopics('a', 1)]));
      await tick();
      const next = watched(store.append('m1', 2, [proposeTopics('a2', 2)]));
      const other = watched(store.append('m2', 1, [proposeTopics('b', 1)]));
      await pause(200);

      expect([first.settled, next.settled, other.settled]).toEqual([false, false, true]);

      await holder.query('COMMIT');
      await Promise.all([first.result, next.result]);
      expect(commits).toEqual([1, 1, 1]);
      expect(await seqsOn(holder, 'm1')).toEqual([1, 2, 3]);
    });

    it('sends no third group while two are in flight, and sends it once one committed', async () => {
      const secondHolder = new pg.Client({ connectionString });
      await secondHolder.connect();
      onTestFinished(() => secondHolder.end());
      await hold('m1');
      await hold('m2', secondHolder);
      const first = watched(store.append('m1', 1, [proposeTopics('a', 1)]));
      await tick();
      const second = watched(store.append('m2', 1, [proposeTopics('b', 1)]));
      await tick();
      const third = watched(store.append('m3', 1, [proposeTopics('c', 1)]));
      await pause(200);

      expect([first.settled, second.settled, third.settled]).toEqual([false, false, false]);
      expect(await seqsOn(holder, 'm3')).toEqual([1]);

      await secondHolder.query('COMMIT');
      await Promise.all([second.result, third.result]);
      expect(first.settled).toBe(false);
      await holder.query('COMMIT');
      await first.result;
      expect(commits).toEqual([1, 1, 1]);
    });

    it('never deadlocks with another node whose group takes the same meetings in another order', async () => {
      const other = await openPostgresStore({ connectionString, schema });
      try {
        // Mine waits for m3 while holding what it took before; theirs then waits for mine.
        // Taken in submission order, mine would hold m2 and want m1, theirs hold m1 and want m2.
        await hold('m3');
        const mine = Promise.allSettled(
          ['m2', 'm3', 'm1'].map((id) => store.append(id, 1, [proposeTopics(`mine-${id}`, 1)])),
        );
        await pause(100);
        const theirs = Promise.allSettled(
          ['m1', 'm2'].map((id) => other.append(id, 1, [proposeTopics(`theirs-${id}`, 1)])),
        );
        await pause(100);
        await holder.query('COMMIT');

        expect((await mine).map((result) => result.status)).toEqual([
          'fulfilled',
          'fulfilled',
          'fulfilled',
        ]);
        for (const result of await theirs) {
          expect(result).toMatchObject({ reason: expect.any(SequenceConflictError) });
        }
      } finally {
        await other.close();
      }
    });
  });
});
