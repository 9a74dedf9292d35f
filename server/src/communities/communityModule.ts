/**
 * Everything communities add to a server's services, built in one place: the service with its
 * effects on meetings, the conclusions after `meeting:ended`, what follows their meetings'
 * commits, and the lookup of a meeting's community (handshake, minutes, lookup). Their routes
 * are built in `http/communityRouters.ts`.
 */
import type { Clock } from '../clock.js';
import type { FanOut } from '../fanOut.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import type { MeetingCommitted } from '../meetings/meetingOutputs.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { CommunityStore, EventStore } from '../store/types.js';
import { type CommunityService, createCommunityService } from './communityService.js';
import { type Conclusions, concludeBeforeRemoval, conclusions } from './conclusion.js';
import { type FindMeetingCommunity, meetingCommunityFinder } from './meetingCommunity.js';
import { communitiesFollowMeetings, meetingsFollowCommunities } from './orchestration.js';

export interface CommunityModuleDeps {
  store: EventStore;
  communityStore: CommunityStore;
  meetings: MeetingService;
  /** What meetings commit, told by the meeting service. */
  commits: FanOut<Parameters<MeetingCommitted>>;
  clock: Clock;
  ids: Ids;
  logger: Logger;
}

export interface CommunityModule {
  service: CommunityService;
  conclusions: Conclusions;
  findCommunity: FindMeetingCommunity;
}

export const communityModule = (deps: CommunityModuleDeps): CommunityModule => {
  const { store, communityStore, meetings, commits, clock, ids, logger } = deps;
  const service = createCommunityService({
    store: communityStore,
    clock,
    ids,
    effects: meetingsFollowCommunities(meetings, ids),
    complete: concludeBeforeRemoval(store),
  });
  const concluded = conclusions({ communities: service, store, logger });
  commits.listen(
    communitiesFollowMeetings({ communities: service, conclusions: concluded, logger }),
  );
  return { service, conclusions: concluded, findCommunity: meetingCommunityFinder(service) };
};
