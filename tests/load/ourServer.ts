/**
 * Our server as the bench runs it: the real application over a real store (SQLite in a scratch
 * file, or PostgreSQL from DATABASE_URL in DATABASE_SCHEMA, default `public`), plus the bench's
 * measuring hooks. The application is unchanged; only the limits meant for people are raised
 * for one host creating 50+ meetings. With BENCH_REDIS_URL (and BENCH_REDIS_PREFIX) it is one
 * node of several, as REDIS_URL makes it in production; the bench's own names keep a REDIS_URL
 * meant for the tests from turning every bench server into a cluster node.
 */
import type { AddressInfo } from 'node:net';
import type { EventStore } from '../../server/src/store/types.js';
import {
  connectCluster,
  createApplication,
  createLogger,
  LogLevel,
  openPostgresStore,
  openSqliteStore,
  readEnv,
} from './appModules.js';
import { countingStore } from './countingStore.js';
import { BENCH_ORIGIN } from './messages.js';
import { serveProbe } from './serverProbe.js';

const openStore = async (onTransaction: (elapsedMs: number) => void): Promise<EventStore> => {
  const { BENCH_STORE, BENCH_SQLITE_FILE, DATABASE_URL, DATABASE_SCHEMA } = process.env;
  if (BENCH_STORE === 'postgres' && DATABASE_URL) {
    return openPostgresStore({
      connectionString: DATABASE_URL,
      ...(DATABASE_SCHEMA ? { schema: DATABASE_SCHEMA } : {}),
      onAppendsCommitted: (_appends, elapsedMs) => onTransaction(elapsedMs),
    });
  }
  if (BENCH_STORE === 'sqlite' && BENCH_SQLITE_FILE)
    return openSqliteStore({
      file: BENCH_SQLITE_FILE,
      onAppendsCommitted: (_appends, elapsedMs) => onTransaction(elapsedMs),
    });
  throw new Error(
    'set BENCH_STORE=sqlite with BENCH_SQLITE_FILE, or BENCH_STORE=postgres with DATABASE_URL',
  );
};

const UNLIMITED = { points: 1_000_000, durationSeconds: 1 };

/** A cluster node says what went wrong (a failed append, a lost Redis link) on stderr. */
const clusterLogger = createLogger(LogLevel.Warn);

const joinRedis = async () => {
  const { BENCH_REDIS_URL, BENCH_REDIS_PREFIX } = process.env;
  if (!BENCH_REDIS_URL) return null;
  const { cluster } = readEnv({ REDIS_URL: BENCH_REDIS_URL, REDIS_PREFIX: BENCH_REDIS_PREFIX });
  if (!cluster) return null;
  return connectCluster({ ...cluster, logger: clusterLogger });
};

const store = await openStore((elapsedMs) => counted.transactionCommitted(elapsedMs));
const counted = countingStore(store);
const cluster = await joinRedis();
const application = createApplication({
  store: counted.store,
  ...(cluster ? { cluster, logger: clusterLogger } : {}),
  config: {
    allowedOrigins: [BENCH_ORIGIN],
    rateLimits: {
      api: UNLIMITED,
      createMeeting: UNLIMITED,
      lookupJoinCode: UNLIMITED,
      handshake: UNLIMITED,
    },
  },
});
application.httpServer.listen(0, '127.0.0.1', () => {
  const { port } = application.httpServer.address() as AddressInfo;
  serveProbe({
    port,
    stop: async () => {
      await application.close();
      await cluster?.close();
      await store.close();
    },
    store: counted,
  });
});
