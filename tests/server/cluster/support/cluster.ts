/**
 * Two real server processes sharing one PostgreSQL schema and one Redis channel prefix of their
 * own (so parallel test runs never meet), with a load balancer in front of each that falls back to
 * the other node. Skipped locally without PostgreSQL and Redis; failing under CI=true.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { type EventStore, openPostgresStore } from '../../../../server/src/store/index.js';
import { dropSchema } from '../../../helpers/pgSchema.js';
import {
  describeWithService,
  POSTGRES,
  REDIS,
  requireService,
  type ServiceCheck,
} from '../../../helpers/services.js';
import { type ServerProcess, spawnServer, tempDataDir } from '../../../helpers/testServer.js';
import { type LoadBalancer, startLoadBalancer } from './loadBalancer.js';

export interface ServiceUrls {
  databaseUrl: string;
  redisUrl: string;
}

/** Both services, or what is missing of them (skipped locally, failing in CI). */
export const clusterServices = async (): Promise<ServiceCheck & { urls?: ServiceUrls }> => {
  const [postgres, redis] = await Promise.all([requireService(POSTGRES), requireService(REDIS)]);
  if (postgres.available && redis.available) {
    return { ...postgres, urls: { databaseUrl: postgres.url, redisUrl: redis.url } };
  }
  const missing = [postgres, redis].flatMap((check) => (check.available ? [] : [check]));
  return {
    available: false,
    mandatory: missing.some((check) => check.mandatory),
    reason: `needs PostgreSQL and Redis: ${missing.map((check) => check.reason).join('; ')}`,
  };
};

export const describeWithCluster = (
  check: Awaited<ReturnType<typeof clusterServices>>,
  title: string,
  body: (urls: ServiceUrls) => void,
): void => {
  describeWithService(check, title, () => body(check.urls ?? { databaseUrl: '', redisUrl: '' }));
};

export interface TestCluster {
  a: ServerProcess;
  b: ServerProcess;
  /** Sends connections to A, or to B once A refuses them. */
  toA: LoadBalancer;
  /** Sends connections to B, or to A once B refuses them. */
  toB: LoadBalancer;
  /** The nodes' store, for checking what was committed. */
  store: EventStore;
  close(): Promise<void>;
}

/** How often the nodes re-check presence and the store: short, so a dead node is noticed soon. */
const CHECK_EVERY_MS = 300;

/** Where each node reaches the services when not directly (a fault test's proxies). */
export interface NodeRoutes {
  a?: Partial<ServiceUrls>;
  b?: Partial<ServiceUrls>;
}

export const startCluster = async (
  { databaseUrl, redisUrl }: ServiceUrls,
  env: NodeJS.ProcessEnv = {},
  routes: NodeRoutes = {},
): Promise<TestCluster> => {
  const id = randomBytes(6).toString('hex');
  const schema = `percolate_cluster_${id}`;
  const dataDir = await tempDataDir();
  const nodeEnv = {
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `percolate-test-${id}`,
    CLUSTER_CHECK_MS: String(CHECK_EVERY_MS),
    ...env,
  };
  const routed = (route: Partial<ServiceUrls> = {}) => ({
    ...nodeEnv,
    ...(route.databaseUrl ? { DATABASE_URL: route.databaseUrl } : {}),
    ...(route.redisUrl ? { REDIS_URL: route.redisUrl } : {}),
  });
  const [a, b] = await Promise.all([
    spawnServer(dataDir, routed(routes.a)),
    spawnServer(dataDir, routed(routes.b)),
  ]);
  const [toA, toB] = await Promise.all([
    startLoadBalancer([a.port, b.port]),
    startLoadBalancer([b.port, a.port]),
  ]);
  const store = await openPostgresStore({ connectionString: databaseUrl, schema });
  return {
    a,
    b,
    toA,
    toB,
    store,
    async close() {
      await Promise.all([toA.close(), toB.close()]);
      await Promise.all([a.crash(), b.crash()]);
      await store.close();
      await dropSchema(databaseUrl, schema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
