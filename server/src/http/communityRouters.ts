/**
 * The community API: its REST routes (with the search of its backlog and minutes) and the
 * archive's (moving a community between servers).
 */
import type { RequestHandler, Router } from 'express';
import type { Clock } from '../clock.js';
import type { CommunityModule } from '../communities/communityModule.js';
import { searchInCommunity } from '../communities/communitySearch.js';
import type { AppConfig } from '../config.js';
import type { Ids } from '../ids.js';
import type { CommunityStore, EventStore } from '../store/types.js';
import { communityArchiveRoutes } from './communityArchiveRoutes.js';
import { communityRoutes } from './communityRoutes.js';
import type { SharedBudgets } from './rateLimit.js';

export interface CommunityRoutersDeps {
  community: CommunityModule;
  store: EventStore;
  communityStore: CommunityStore;
  clock: Clock;
  ids: Ids;
  config: AppConfig;
  budgets: SharedBudgets;
  /** Who may create on this server (importing an archive creates a community). */
  creationGate: RequestHandler;
}

export interface CommunityRouters {
  routes: Router;
  /** The archive's download and import; they read their own bodies (mount before the JSON parser). */
  archiveRoutes: Router;
}

export const communityRouters = (deps: CommunityRoutersDeps): CommunityRouters => {
  const { community, store, clock } = deps;
  const communities = community.service;
  const routes = communityRoutes({
    ...deps,
    communities,
    conclusions: community.conclusions,
    search: (loaded, query) => searchInCommunity(store, loaded, query, clock.now()),
  });
  const archiveRoutes = communityArchiveRoutes({
    ...deps,
    communities,
    conclusions: community.conclusions,
  });
  return { routes, archiveRoutes };
};
