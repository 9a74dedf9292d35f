import type pg from 'pg';

/**
 * A rollback waits no longer than this: on a connection that stopped answering it would only
 * wait for another full timeout, and the connection is destroyed instead (PostgreSQL rolls back
 * the transaction of a connection that went away).
 */
const ROLLBACK_TIMEOUT_MS = 500;

/** pg honours a query's own `query_timeout`; its types list the option for clients only. */
const rollback = { text: 'ROLLBACK', query_timeout: ROLLBACK_TIMEOUT_MS } as pg.QueryConfig;

/** Runs `work` in one transaction on one pooled connection: COMMIT if it resolves, else ROLLBACK. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // pg emits 'error' on a checked-out client whose connection breaks (e.g. reset mid-write);
  // without a listener that would end the process. The failing query rejects as well, below.
  const onError = (error: Error) => {
    broken ??= error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // After a read timeout the connection is still busy with the query that timed out.
    if (isReadTimeout(error)) broken ??= error as Error;
    if (!broken) {
      try {
        await client.query(rollback);
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
    }
    throw error;
  } finally {
    client.off('error', onError);
    // A connection that cannot roll back must not go back into the pool.
    client.release(broken);
  }
}

/** pg's own error when `query_timeout` passes without an answer. */
const isReadTimeout = (error: unknown): boolean =>
  error instanceof Error && error.message === 'Query read timeout';
