/**
 * `GET /readyz` for the load balancer: whether this node can commit (its store answers) and
 * whether it hears the other nodes (its Redis is up). A node whose store does not answer is
 * `503`, so a balancer with health checks moves clients to a node that can commit. A node
 * without Redis still commits and serves its own sockets, so it stays `200` but says `degraded`:
 * when Redis is away for every node at once, taking them all out would turn a fan-out pause into
 * an outage. `GET /healthz` stays the liveness check (the process answers).
 */
import { type RequestHandler, Router } from 'express';

export interface ReadinessChecks {
  /** Resolves when the store answers. */
  store?: () => Promise<void>;
  /** Whether Redis is up; null when this node runs alone (no Redis). */
  redis?: () => boolean | null;
}

/** A readiness probe answers within this, even while the store does not. */
const STORE_CHECK_TIMEOUT_MS = 1_000;

type Status = 'up' | 'down';

const storeStatus = async (check: ReadinessChecks['store']): Promise<Status> => {
  if (!check) return 'up';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Status>((resolve) => {
    timer = setTimeout(() => resolve('down'), STORE_CHECK_TIMEOUT_MS);
  });
  const answered = check().then(
    (): Status => 'up',
    (): Status => 'down',
  );
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

export const readinessRoutes = (checks: ReadinessChecks): Router => {
  const router = Router();
  const handler: RequestHandler = (_req, res, next) => {
    storeStatus(checks.store).then((store) => {
      const redisUp = checks.redis?.() ?? null;
      const redis = redisUp === null ? 'none' : redisUp ? 'up' : 'down';
      const status = store === 'down' ? 'unavailable' : redis === 'down' ? 'degraded' : 'ready';
      res
        .status(store === 'down' ? 503 : 200)
        .set('Cache-Control', 'no-store')
        .json({ status, store, redis });
    }, next);
  };
  router.get('/readyz', handler);
  return router;
};
