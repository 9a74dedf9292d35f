/**
 * Starts the server from the environment: PORT (default 3000; 0 = any free port), HOST,
 * DATA_DIR (SQLite, default ./data), DATABASE_URL and DATABASE_SCHEMA (PostgreSQL instead),
 * PUBLIC_URL, ALLOWED_ORIGINS, TRUST_PROXY, LOG_LEVEL, FAILOVER_MS, RETENTION_DAYS, for several nodes
 * REDIS_URL, REDIS_PREFIX, CLUSTER_CHECK_MS, and the admin settings CREATION_CODE,
 * CREATION_NETWORKS, RATE_LIMIT_*, IMPRINT_URL, PRIVACY_URL, METRICS_PORT, METRICS_HOST, and for
 * delivering minutes SMTP_URL, SMTP_FROM, SMTP_REQUIRE_TLS, WEBHOOK_ALLOWED_HOSTS,
 * DELIVERY_MAX_ATTEMPTS, DELIVERY_RETRY_SECONDS (see docs/deploy.md). Prints one JSON line on stdout when it listens,
 * {"event":"listening","port":<n>}, then a line for a person with the address to open.
 */
import type { AddressInfo } from 'node:net';
import { createApplication } from './app.js';
import { systemClock } from './clock.js';
import { connectCluster } from './cluster/joinCluster.js';
import { readEnv } from './env.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics/metrics.js';
import { serveMetrics } from './metrics/metricsServer.js';
import { timedStore } from './metrics/timedStore.js';
import { nodeVersionWarning } from './nodeVersionWarning.js';
import { guardProcess } from './processGuard.js';
import { scaledClock } from './scaledClock.js';
import { openStoreFromEnv } from './store/index.js';
import { VERSION } from './version.js';

/** A shutdown that hangs (a stuck connection, a slow disk) must not keep the process alive. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The address a person opens: PUBLIC_URL, or this machine with the port it listens on. */
const addressToOpen = (publicUrl: string | null, host: string | undefined, port: number) => {
  if (publicUrl) return publicUrl;
  const listensEverywhere = !host || host === '0.0.0.0' || host === '::';
  const name = listensEverywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
};

const start = async () => {
  const env = readEnv(process.env);
  const logger = createLogger(env.logLevel);
  guardProcess(logger, (code) => process.exit(code));
  const nodeWarning = nodeVersionWarning(process.version);
  if (nodeWarning) logger.warn(nodeWarning);
  const metrics = env.metrics ? createMetrics() : null;
  const opened = await openStoreFromEnv(process.env, logger);
  const store = metrics ? timedStore(opened, metrics) : opened;
  const clock = env.timeScale ? scaledClock(env.timeScale) : systemClock;
  if (env.timeScale) logger.warn('test clock: time runs faster', { scale: env.timeScale.scale });
  const cluster = env.cluster ? await connectCluster({ ...env.cluster, logger }) : null;
  const application = createApplication({
    store,
    communities: store,
    deliveries: store,
    clock,
    logger,
    config: env.config,
    ...(metrics ? { metrics } : {}),
    readiness: { store: () => store.ping(), redis: () => cluster?.redisReady() ?? null },
    ...(cluster ? { cluster } : {}),
  });
  const metricsServer = metrics && env.metrics ? await serveMetrics(metrics, env.metrics) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    try {
      metricsServer?.server.close();
      await application.close();
      await cluster?.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  application.httpServer.listen(env.port, env.host, () => {
    const { port } = application.httpServer.address() as AddressInfo;
    const publicUrl = application.config.publicUrl;
    process.stdout.write(`${JSON.stringify({ event: 'listening', port })}\n`);
    process.stdout.write(
      `Percolate ${VERSION} is running: open ${addressToOpen(publicUrl, env.host, port)}\n`,
    );
    logger.info('listening', {
      version: VERSION,
      host: env.host ?? 'all interfaces',
      port,
      publicUrl,
      ...(env.metrics && metricsServer
        ? { metrics: `http://${env.metrics.host}:${metricsServer.port}/metrics` }
        : {}),
    });
  });
};

start().catch((error: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ level: 'error', message: 'failed to start', error: String(error) })}\n`,
  );
  process.exit(1);
});
