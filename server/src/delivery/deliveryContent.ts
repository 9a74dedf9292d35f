/**
 * The message of one ended meeting, for every delivery of it: the minutes, the read-only link
 * (one per meeting, made through the meeting's log like a facilitator's, so it can be revoked as
 * any other; a revoked one is replaced at the next send), and the community's next meeting as
 * an .ics attachment.
 */
import {
  isUpcomingMeeting,
  type MeetingEvent,
  minutes,
  type ScheduledMeeting,
  toICalendar,
} from '@percolate/shared';
import { nanoid } from 'nanoid';
import type { Clock } from '../clock.js';
import type { CommunityService } from '../communities/communityService.js';
import type { Ids } from '../ids.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { sha256Hex } from '../secrets.js';
import type { DeliveryStore } from '../store/deliveryTypes.js';
import type { EventStore } from '../store/types.js';
import { DeliveryError } from './deliveryError.js';
import { type MinutesMessage, minutesMessage, type NextMeeting } from './minutesMessage.js';

export interface DeliveryContentDeps {
  store: EventStore;
  deliveries: DeliveryStore;
  meetings: MeetingService;
  communities: CommunityService;
  ids: Pick<Ids, 'entityId'>;
  clock: Clock;
  /** PUBLIC_URL: without it there is no address to put in the link, so none is sent. */
  publicUrl: string | null;
}

/** As many secret characters as a facilitator's minutes link. */
const SECRET_LENGTH = 32;

const linkIds = (events: readonly MeetingEvent[], type: MeetingEvent['type']) =>
  new Set(
    events.flatMap((event) => (event.type === type && 'linkId' in event ? [event.linkId] : [])),
  );

export const deliveryContent = ({
  store,
  deliveries,
  meetings,
  communities,
  ids,
  clock,
  publicUrl,
}: DeliveryContentDeps) => {
  const fresh = () => ({ linkId: ids.entityId(), secret: nanoid(SECRET_LENGTH) });

  const readOnlyLink = async (meetingId: string, events: readonly MeetingEvent[]) => {
    if (publicUrl === null) return null;
    let link = await deliveries.deliveryLink(meetingId, fresh(), null);
    if (linkIds(events, 'minutesLink:revoked').has(link.linkId)) {
      link = await deliveries.deliveryLink(meetingId, fresh(), link.linkId);
    }
    if (!linkIds(events, 'minutesLink:created').has(link.linkId)) {
      const runtime = await meetings.open(meetingId);
      if (!runtime) throw new DeliveryError('the meeting was deleted', true);
      const ack = await runtime.execute(
        { type: 'minutesLink:create', linkId: link.linkId, secretHash: sha256Hex(link.secret) },
        { kind: 'system' },
      );
      // Another node may have created this very link a moment ago: then it stands.
      const created = linkIds(await store.loadEvents(meetingId), 'minutesLink:created');
      if (!ack.ok && !created.has(link.linkId)) {
        throw new DeliveryError(`no read-only link: ${ack.error.code}`, false);
      }
    }
    return `${publicUrl}/m/${encodeURIComponent(meetingId)}/minutes#view=${link.secret}`;
  };

  const nextMeeting = async (
    communityId: string,
    ended: { id: string; endedAt: number },
  ): Promise<NextMeeting | null> => {
    const community = await communities.load(communityId);
    const upcoming = (community?.state.meetings ?? [])
      .filter(
        (each: ScheduledMeeting) =>
          // The ended meeting itself may not be concluded in the community yet.
          each.meetingId !== ended.id &&
          isUpcomingMeeting(each) &&
          Date.parse(each.startsAt) > ended.endedAt,
      )
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    const next = upcoming[0];
    if (!community || !next) return null;
    return {
      title: next.title,
      ics: toICalendar({
        uid: `${next.meetingId}@percolate`,
        title: next.title,
        description: community.state.name,
        startsAt: next.startsAt,
        durationMinutes: next.durationMinutes,
        url: publicUrl === null ? null : `${publicUrl}/m/${next.meetingId}`,
        videoUrl: next.videoUrl,
        now: clock.now(),
      }),
    };
  };

  return async (meetingId: string): Promise<MinutesMessage> => {
    const record = await store.findMeeting(meetingId);
    if (!record || record.endedAt === null)
      throw new DeliveryError('the meeting was deleted', true);
    const events = await store.loadEvents(meetingId);
    const link = await readOnlyLink(meetingId, events);
    const next =
      record.communityId === null
        ? null
        : await nextMeeting(record.communityId, { id: meetingId, endedAt: record.endedAt });
    return minutesMessage(minutes(events), link, next);
  };
};

export type DeliveryContent = ReturnType<typeof deliveryContent>;
