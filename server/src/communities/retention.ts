/**
 * RETENTION_DAYS: meetings that ended longer ago are deleted with their log, at start and then
 * hourly. A community's meeting is concluded first (its topics and actions are kept by the
 * community), then removed through the community, which marks it deleted in its archive.
 */
import type { CommunityDecision } from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { EventStore, MeetingRecord } from '../store/types.js';
import type { CommunityService, LoadedCommunity } from './communityService.js';
import type { Conclusions } from './conclusion.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface RetentionDeps {
  store: EventStore;
  meetings: MeetingService;
  /** Absent when the server runs without communities. */
  communities: { service: CommunityService; conclusions: Conclusions } | null;
  clock: Clock;
  logger: Logger;
  retentionDays: number;
}

const removal =
  (meetingId: string) =>
  ({ state }: LoadedCommunity): CommunityDecision =>
    state.meetings.some((meeting) => meeting.meetingId === meetingId && !meeting.deleted)
      ? [{ type: 'meeting:removed', meetingId }]
      : [];

/** Deletes every meeting that ended before the retention period; returns how many. */
export const sweepExpired = async (deps: RetentionDeps): Promise<number> => {
  const cutoff = deps.clock.now() - deps.retentionDays * DAY_MS;
  const expired = await deps.store.listMeetingsEndedBefore(cutoff);
  for (const record of expired) await expire(deps, record);
  if (expired.length > 0) deps.logger.info('retention deleted meetings', { count: expired.length });
  return expired.length;
};

const expire = async ({ meetings, communities }: RetentionDeps, record: MeetingRecord) => {
  if (record.communityId === null || communities === null) return meetings.remove(record.id);
  await communities.conclusions.conclude(record.communityId, record.id);
  await communities.service.record(record.communityId, `removed:${record.id}`, removal(record.id));
  // Whatever the community said (gone meanwhile, marked before a crash), the meeting goes.
  await meetings.remove(record.id);
};

/** Sweeps now and every hour until stopped. */
export const startRetention = (deps: RetentionDeps): (() => void) => {
  let cancel = () => {};
  let stopped = false;
  const sweep = () => {
    sweepExpired(deps)
      .catch((error: unknown) => deps.logger.error('retention sweep failed', { error }))
      .finally(() => {
        if (!stopped) cancel = deps.clock.setTimer(SWEEP_EVERY_MS, sweep);
      });
  };
  sweep();
  return () => {
    stopped = true;
    cancel();
  };
};
