/**
 * Everything communities add to a server, built in one place: the service with its effects on
 * meetings, actions marked done in a meeting, conclusions after `meeting:ended`, the lookup of a meeting's community (handshake,
 * minutes, lookup), the REST routes and the archive's (moving a community between servers).
 */
import { type RequestHandler, Router } from 'express';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import { deliveryModule } from '../delivery/deliveryModule.js';
import { communityArchiveRoutes } from '../http/communityArchiveRoutes.js';
import { communityRoutes } from '../http/communityRoutes.js';
import type { SharedBudgets } from '../http/rateLimit.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { DeliveryStore } from '../store/deliveryTypes.js';
import type { CommunityStore, EventStore } from '../store/types.js';
import { searchInCommunity } from './communitySearch.js';
import { type CommunityService, createCommunityService } from './communityService.js';
import { type Conclusions, concludeBeforeRemoval, conclusions } from './conclusion.js';
import { type FindMeetingCommunity, meetingCommunityFinder } from './meetingCommunity.js';
import { communitiesFollowMeetings, meetingsFollowCommunities } from './orchestration.js';

export interface CommunityModuleDeps {
  store: EventStore;
  communityStore: CommunityStore;
  meetings: MeetingService;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  config: AppConfig;
  budgets: SharedBudgets;
  /** Who may create on this server (importing an archive creates a community). */
  creationGate: RequestHandler;
  /** The minutes' delivery outbox; none: no deliveries (stores that have no outbox). */
  deliveries?: DeliveryStore | undefined;
}

export interface CommunityModule {
  service: CommunityService;
  conclusions: Conclusions;
  findCommunity: FindMeetingCommunity;
  routes: Router;
  /** The archive's download and import; they read their own bodies (mount before the JSON parser). */
  archiveRoutes: Router;
  /** Stops the delivery worker (after what it is sending). */
  close(): Promise<void>;
}

export const communityModule = (deps: CommunityModuleDeps): CommunityModule => {
  const { store, communityStore, meetings, clock, ids, logger, config, budgets, deliveries } = deps;
  const service = createCommunityService({
    store: communityStore,
    clock,
    ids,
    effects: meetingsFollowCommunities(meetings, ids),
    complete: concludeBeforeRemoval(store),
  });
  const concluded = conclusions({ communities: service, store, logger });
  meetings.onCommitted(
    communitiesFollowMeetings({ communities: service, conclusions: concluded, logger }),
  );
  const findCommunity = meetingCommunityFinder(service);
  const routes = Router();
  routes.use(
    communityRoutes({
      communities: service,
      conclusions: concluded,
      search: (community, query) => searchInCommunity(store, community, query, clock.now()),
      config,
      budgets,
    }),
  );
  const archiveRoutes = communityArchiveRoutes({
    ...deps,
    communities: service,
    conclusions: concluded,
  });
  const delivery = deliveries
    ? deliveryModule({
        store,
        deliveries,
        communities: service,
        meetings,
        clock,
        ids,
        logger,
        config,
      })
    : null;
  if (delivery) routes.use(delivery.routes);
  const close = async () => delivery?.close();
  return { service, conclusions: concluded, findCommunity, routes, archiveRoutes, close };
};
