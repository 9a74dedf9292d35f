/**
 * Builds one server: Express (REST, security headers, the client) and Socket.IO on one HTTP
 * server, around a meeting service over the given store. No singletons: tests build as many as
 * they like, with temporary stores and fake clocks.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import compression from 'compression';
import express, { type Express } from 'express';
import { type Clock, systemClock } from './clock.js';
import { type ClusterLink, joinCluster } from './cluster/joinCluster.js';
import { communityModule } from './communities/communityModule.js';
import { startRetention } from './communities/retention.js';
import { type AppConfig, type ConfigOverrides, resolveConfig } from './config.js';
import { deliveryModule } from './delivery/deliveryModule.js';
import { fanOut } from './fanOut.js';
import { calendarRoutes } from './http/calendarRoutes.js';
import { clientPages } from './http/clientPages.js';
import { communityRouters } from './http/communityRouters.js';
import { apiNotFound, errorHandler } from './http/httpErrors.js';
import { meetingRoutes } from './http/meetingRoutes.js';
import { identifyReader } from './http/minutesAccess.js';
import { minutesLinkRoutes } from './http/minutesLinkRoutes.js';
import { minutesRouter } from './http/minutesRoutes.js';
import { ipBudget, perIpLimit } from './http/rateLimit.js';
import { type ReadinessChecks, readinessRoutes } from './http/readiness.js';
import { securityHeaders } from './http/securityHeaders.js';
import { type Ids, randomIds } from './ids.js';
import { creationGate } from './instance/creationGate.js';
import { instanceRoutes } from './instance/instanceRoutes.js';
import { type Logger, silentLogger } from './logger.js';
import type { MeetingCommitted } from './meetings/meetingOutputs.js';
import { MeetingService } from './meetings/meetingService.js';
import { NO_PEERS } from './meetings/peers.js';
import type { Metrics } from './metrics/metrics.js';
import { createRealtime } from './realtime/createRealtime.js';
import { socketOutputs } from './realtime/socketOutputs.js';
import { createSocketServer } from './realtime/socketServer.js';
import type { MeetingServer } from './realtime/types.js';
import type { DeliveryStore } from './store/deliveryTypes.js';
import type { CommunityStore, EventStore } from './store/types.js';
import { VERSION } from './version.js';

export interface ApplicationDeps {
  store: EventStore;
  /** Both real stores are one; without it the community API is not served. */
  communities?: CommunityStore;
  /** The minutes' delivery outbox (both real stores); without it nothing is delivered. */
  deliveries?: DeliveryStore;
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  config?: ConfigOverrides;
  /** Counts commands and reads the gauges; none: no metrics. */
  metrics?: Metrics;
  /** What `/readyz` reports (the store's and Redis's state). */
  readiness?: ReadinessChecks;
  /** Redis, connected: this node is one of several on the same store. */
  cluster?: ClusterLink;
}

export interface Application {
  app: Express;
  httpServer: HttpServer;
  io: MeetingServer;
  meetings: MeetingService;
  config: AppConfig;
  /** Stops taking connections, writes what is queued and stops the timers (the store stays open). */
  close(): Promise<void>;
}

/** Largest REST body: a meeting's title and settings fit many times over. */
const JSON_BODY_LIMIT = '64kb';

export const createApplication = ({
  store,
  communities,
  deliveries,
  clock = systemClock,
  ids = randomIds,
  logger = silentLogger,
  config: overrides,
  metrics,
  readiness = {},
  cluster,
}: ApplicationDeps): Application => {
  const config = resolveConfig(overrides);
  const app = express();
  const httpServer = createServer(app);
  const io = createSocketServer(httpServer, { config, logger });
  const node = cluster ? joinCluster(io, cluster) : null;
  // Communities and the delivery worker listen; they are built on the meeting service.
  const commits = fanOut<Parameters<MeetingCommitted>>();
  const meetings = new MeetingService({
    store,
    clock,
    ids,
    logger,
    config,
    outputs: {
      ...socketOutputs(io, { clustered: node !== null }),
      peers: node?.peers ?? NO_PEERS,
      committed: commits.tell,
    },
  });
  const stopFollowingCluster = node?.follow(meetings) ?? (() => {});

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  // HTML, JSON and the minutes' text formats on the fly (Brotli quality 4, gzip); the hashed
  // assets come precompressed from the build and pass through untouched.
  app.use(compression());
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', version: VERSION });
  });
  app.use('/api', perIpLimit('api', config.rateLimits.api));
  app.use(readinessRoutes(readiness));
  // One budget however a meeting or community comes to be, one for guessing codes of either.
  const budgets = {
    creations: ipBudget('create', config.rateLimits.createMeeting),
    lookups: ipBudget('lookup', config.rateLimits.lookupJoinCode),
  };
  const mayCreate = creationGate(config.creation);
  const community = communities
    ? communityModule({ store, communityStore: communities, meetings, commits, clock, ids, logger })
    : null;
  const delivery =
    community && deliveries
      ? deliveryModule({
          store,
          deliveries,
          communities: community.service,
          meetings,
          commits,
          clock,
          ids,
          logger,
          config,
        })
      : null;
  const communityApi =
    community && communities
      ? communityRouters({
          community,
          store,
          communityStore: communities,
          clock,
          ids,
          config,
          budgets,
          creationGate: mayCreate,
        })
      : null;
  // An archive is far larger than any other body: its import reads it itself, once allowed.
  if (communityApi) app.use(communityApi.archiveRoutes);
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  app.use(instanceRoutes(config));
  app.post(['/api/meetings', '/api/communities'], mayCreate);
  const findCommunity = community?.findCommunity;
  app.use(meetingRoutes({ meetings, config, findCommunity, budgets }));
  app.use(calendarRoutes({ meetings, findCommunity, clock, config }));
  app.use(
    minutesRouter({
      loadEvents: (id) => store.loadEvents(id),
      identify: identifyReader(store, findCommunity),
      now: () => clock.now(),
    }),
  );
  app.use(minutesLinkRoutes({ store, findCommunity, meetings, ids, config }));
  if (communityApi) app.use(communityApi.routes);
  if (delivery) app.use(delivery.routes);
  app.use('/api', apiNotFound);
  app.use(clientPages(config.clientDist));
  app.use(errorHandler(logger));

  createRealtime(io, {
    meetings,
    findCommunity,
    clock,
    logger,
    config,
    ...(metrics ? { observeCommand: metrics.observeCommand } : {}),
  });
  metrics?.observe({
    connectedSockets: () => io.engine.clientsCount,
    activeMeetings: () => meetings.allLoaded().length,
  });
  const stopRetention =
    config.retentionDays === null
      ? () => {}
      : startRetention({
          store,
          meetings,
          communities: community,
          clock,
          logger,
          retentionDays: config.retentionDays,
        });

  const close = async () => {
    stopRetention();
    stopFollowingCluster();
    const closed = io.close();
    httpServer.closeAllConnections();
    await closed;
    await delivery?.close();
    await meetings.close();
  };
  return { app, httpServer, io, meetings, config, close };
};
