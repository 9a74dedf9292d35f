/**
 * The one place where communities and their meetings meet. The rules of what one asks of the
 * other are shared pure functions (`reactToCommunityEvents`, `reactToMeetingEvents`); this loop
 * feeds them the events and carries out their orders through the normal services.
 */
import {
  actionDoneIfOpen,
  type CommunityOrder,
  type DomainError,
  domainError,
  ErrorCode,
  type MeetingEvent,
  type MeetingOrder,
  reactToCommunityDeletion,
  reactToCommunityEvents,
  reactToMeetingEvents,
  takesReview,
} from '@percolate/shared';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { MeetingRecord } from '../store/types.js';
import { type CarriedOut, type CommunityEffects, NOTHING } from './communityEffects.js';
import type { CommunityService } from './communityService.js';
import type { Conclusions } from './conclusion.js';

const SYSTEM = { kind: 'system' } as const;
const GONE = domainError(ErrorCode.MeetingNotFound, 'the meeting was deleted');

/** Carries out one order; what takes it back, or the meeting's refusal. */
type Carry = (order: MeetingOrder) => Promise<(() => Promise<void>) | DomainError>;

const meetingOrderCarrier = (meetings: MeetingService, ids: Pick<Ids, 'commandId'>): Carry => {
  return async (order) => {
    switch (order.type) {
      case 'meeting:create': {
        const { meetingId, title, settings, community } = order;
        await meetings.create(title, settings, { id: meetingId, community });
        return () => meetings.remove(meetingId);
      }
      case 'meeting:execute': {
        const runtime = await meetings.open(order.meetingId);
        const ack = runtime ? await runtime.execute(order.command, SYSTEM) : null;
        if (order.bestEffort || ack?.ok) return NOTHING;
        return ack ? ack.error : GONE;
      }
      case 'action:review': {
        // One that never imported the action, or ended meanwhile, keeps its own review.
        const runtime = await meetings.open(order.meetingId);
        if (!runtime || !takesReview(runtime.view.reviewActions, order)) return NOTHING;
        const { actionId, status } = order;
        await runtime.execute(
          { id: ids.commandId(), type: 'action:review', actionId, status },
          SYSTEM,
        );
        return NOTHING;
      }
      case 'meeting:remove':
        await meetings.remove(order.meetingId);
        return NOTHING;
    }
  };
};

/** What community events do to meetings, carried out before they are appended. */
export const meetingsFollowCommunities = (
  meetings: MeetingService,
  ids: Pick<Ids, 'commandId'>,
): CommunityEffects => {
  const carry = meetingOrderCarrier(meetings, ids);
  const carryAll = async (orders: MeetingOrder[]): Promise<CarriedOut | DomainError> => {
    const undos: (() => Promise<void>)[] = [];
    const undoAll = async () => {
      for (const undo of undos.reverse()) await undo();
    };
    for (const order of orders) {
      const outcome = await carry(order);
      if (typeof outcome !== 'function') {
        await undoAll();
        return outcome;
      }
      undos.push(outcome);
    }
    return { undo: undoAll };
  };
  return {
    carryOut: ({ state }, events) => carryAll(reactToCommunityEvents(state, events)),
    async forget({ state }) {
      await carryAll(reactToCommunityDeletion(state));
    },
  };
};

export interface CommunitiesFollowMeetingsDeps {
  communities: CommunityService;
  conclusions: Conclusions;
  logger: Logger;
}

/** After each meeting's commit: what it asks of its community, recorded in the background. */
export const communitiesFollowMeetings = ({
  communities,
  conclusions,
  logger,
}: CommunitiesFollowMeetingsDeps) => {
  const carry = async (order: CommunityOrder): Promise<void> => {
    switch (order.type) {
      case 'action:done': {
        const { communityId, factId, actionId } = order;
        const ack = await communities.record(communityId, factId, ({ state }) =>
          actionDoneIfOpen(state, actionId),
        );
        if (!ack.ok) logger.warn('recording a done action failed', { factId, error: ack.error });
        return;
      }
      case 'meeting:conclude':
        return conclusions.conclude(order.communityId, order.meetingId);
    }
  };
  return (record: MeetingRecord, events: readonly MeetingEvent[]): void => {
    for (const order of reactToMeetingEvents(record, events)) {
      carry(order).catch((error: unknown) => {
        logger.error(`carrying out ${order.type} failed`, { meetingId: record.id, error });
      });
    }
  };
};
