/**
 * Delivering minutes, built in one place: the worker (only when the host allowed mail or
 * webhooks) woken when a meeting ends on this node, and the routes of organisers (a community's
 * targets) and of one-off meetings' facilitators (their addresses).
 */
import { Router } from 'express';
import type { Clock } from '../clock.js';
import type { CommunityService } from '../communities/communityService.js';
import type { AppConfig } from '../config.js';
import type { FanOut } from '../fanOut.js';
import { communityDelivery } from '../http/communityDelivery.js';
import { deliveryRoutes } from '../http/deliveryRoutes.js';
import { meetingDelivery } from '../http/meetingDelivery.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import type { MeetingCommitted } from '../meetings/meetingOutputs.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { DeliveryStore } from '../store/deliveryTypes.js';
import type { EventStore } from '../store/types.js';
import { deliveryEnabled } from './deliveryConfig.js';
import { deliveryContent } from './deliveryContent.js';
import { startDeliveryWorker } from './deliveryWorker.js';

export interface DeliveryModuleDeps {
  store: EventStore;
  deliveries: DeliveryStore;
  communities: CommunityService;
  meetings: MeetingService;
  /** What meetings commit, told by the meeting service: an end wakes the worker. */
  commits: FanOut<Parameters<MeetingCommitted>>;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  config: AppConfig;
}

export interface DeliveryModule {
  routes: Router;
  close(): Promise<void>;
}

export const deliveryModule = (deps: DeliveryModuleDeps): DeliveryModule => {
  const { deliveries, commits, clock, ids, logger, config } = deps;
  const worker = deliveryEnabled(config.delivery)
    ? startDeliveryWorker({
        store: deliveries,
        content: deliveryContent({ ...deps, publicUrl: config.publicUrl }),
        config: config.delivery,
        clock,
        logger,
      })
    : null;
  if (worker) {
    commits.listen((_record, events) => {
      if (events.some((event) => event.type === 'meeting:ended')) worker.wake();
    });
  }
  const routeDeps = { store: deliveries, ids, clock, config, wake: worker ? worker.wake : null };
  const routes = Router();
  routes.use(deliveryRoutes(communityDelivery(deps.communities), routeDeps));
  routes.use(deliveryRoutes(meetingDelivery(deps.store), routeDeps));
  return { routes, close: async () => worker?.stop() };
};
