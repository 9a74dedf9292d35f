/**
 * An action marked done in one of a community's meetings is done for the community right away,
 * not only when that meeting is concluded: the community records `action:done` (and passes it on
 * to its other upcoming meetings). The fact id `reviewed:<meetingId>:<actionId>:<seq>` names that
 * one review, so it is recorded once however often it is asked for; an action no longer open
 * (done already, on the community page or by the community's word passed on) changes nothing.
 * 'open' and 'carried' wait for the conclusion.
 */
import type { MeetingEvent } from '@percolate/shared';
import type { Logger } from '../logger.js';
import type { MeetingRecord } from '../store/types.js';
import type { CommunityService } from './communityService.js';

export interface ReviewedActionsDeps {
  communities: CommunityService;
  logger: Logger;
}

export const reviewedActions = ({ communities, logger }: ReviewedActionsDeps) => {
  const recordDone = async (
    communityId: string,
    meetingId: string,
    actionId: string,
    seq: number,
  ) => {
    const ack = await communities.record(
      communityId,
      `reviewed:${meetingId}:${actionId}:${seq}`,
      ({ state }) =>
        state.openActions.some((action) => action.id === actionId)
          ? [{ type: 'action:done', actionId }]
          : [],
    );
    if (!ack.ok)
      logger.warn('recording a done action failed', { meetingId, actionId, error: ack.error });
  };

  /** After a meeting's commit: its reviews to done reach its community. */
  return async (record: MeetingRecord, events: readonly MeetingEvent[]): Promise<void> => {
    if (record.communityId === null) return;
    for (const event of events) {
      if (event.type === 'action:reviewed' && event.status === 'done') {
        await recordDone(record.communityId, record.id, event.actionId, event.seq);
      }
    }
  };
};
