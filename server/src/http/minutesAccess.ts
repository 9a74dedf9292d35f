/**
 * Who may read a meeting's minutes over REST, from the `Authorization: Bearer <secret>` header:
 * the facilitator (their key, any format) or a reader holding a live read-only link (the minutes,
 * not the raw log). In a community's meeting the organiser key counts as the facilitator's, and
 * an active member's token (`X-Member-Token`) makes a read-only reader. Secrets are compared as
 * sha256 hashes in constant time.
 */
import { type MeetingEvent, type MinutesFormat, replay } from '@percolate/shared';
import {
  type FindMeetingCommunity,
  isOrganiser,
  memberWithToken,
} from '../communities/meetingCommunity.js';
import { secretMatchesHash } from '../secrets.js';
import type { EventStore, MeetingRecord } from '../store/types.js';

export const MinutesReader = {
  Facilitator: 'facilitator',
  LinkHolder: 'linkHolder',
  /** An active member of the community that scheduled the meeting. */
  Member: 'member',
} as const;
export type MinutesReader = (typeof MinutesReader)[keyof typeof MinutesReader];

/** What a request brought: a bearer secret, a community member token, or both. */
export interface ReaderCredentials {
  secret: string | null;
  memberToken: string | null;
}

/** Who holds these credentials for the meeting whose log this is; null for nobody we know. */
export type IdentifyReader = (
  meetingId: string,
  credentials: ReaderCredentials,
  events: readonly MeetingEvent[],
) => Promise<MinutesReader | null>;

/** Whether `secret` opens a live (not revoked) read-only link of this log's meeting. */
export const holdsMinutesLink = (events: readonly MeetingEvent[], secret: string): boolean =>
  Object.values(replay('', events).minutesLinks).some((link) =>
    secretMatchesHash(secret, link.secretHash),
  );

/** The meeting's facilitator key, or in a community's meeting the community's organiser key. */
const facilitatesWith = (
  meeting: MeetingRecord,
  community: Awaited<ReturnType<FindMeetingCommunity>>,
  secret: string | null,
): boolean =>
  (secret !== null && secretMatchesHash(secret, meeting.facilitatorKeyHash)) ||
  (community !== null && isOrganiser(community, secret));

/** Whether `secret` gives facilitator rights over REST in this meeting (links, the archive). */
export const holdsFacilitatorSecret =
  (store: EventStore, findCommunity: FindMeetingCommunity = async () => null) =>
  async (meetingId: string, secret: string | null): Promise<boolean> => {
    const meeting = await store.findMeeting(meetingId);
    return meeting !== null && facilitatesWith(meeting, await findCommunity(meeting), secret);
  };

export const identifyReader =
  (store: EventStore, findCommunity: FindMeetingCommunity = async () => null): IdentifyReader =>
  async (meetingId, { secret, memberToken }, events) => {
    const meeting = await store.findMeeting(meetingId);
    if (!meeting) return null;
    const community = await findCommunity(meeting);
    if (facilitatesWith(meeting, community, secret)) return MinutesReader.Facilitator;
    if (secret !== null && holdsMinutesLink(events, secret)) return MinutesReader.LinkHolder;
    return community && memberWithToken(community, memberToken) ? MinutesReader.Member : null;
  };

/** The JSON archive is the raw log (who placed which dot, private lines): for the facilitator. */
export const mayReadFormat = (reader: MinutesReader, format: MinutesFormat | 'model'): boolean =>
  reader === MinutesReader.Facilitator || format !== 'json';
