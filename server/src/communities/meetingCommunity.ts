/**
 * What the meeting side asks about the community that scheduled a meeting: its entry in the
 * schedule, and whether a community credential opens the meeting. The organiser key and the
 * member token of the member scheduled to facilitate count as the facilitator key; the token of
 * any active member lets its holder read the minutes.
 */
import type { CommunityMember, MeetingLookupCommunity, ScheduledMeeting } from '@percolate/shared';
import { secretMatchesHash, sha256Hex } from '../secrets.js';
import type { MeetingRecord } from '../store/types.js';
import type { CommunityService, LoadedCommunity } from './communityService.js';

export interface MeetingOfCommunity {
  community: LoadedCommunity;
  scheduled: ScheduledMeeting;
}

export interface CommunityCredentials {
  /** Whatever came as the facilitator key (or bearer secret): perhaps the organiser key. */
  key?: string | null;
  memberToken?: string | null;
}

export type FindMeetingCommunity = (record: MeetingRecord) => Promise<MeetingOfCommunity | null>;

export const meetingCommunityFinder =
  (communities: CommunityService): FindMeetingCommunity =>
  async (record) => {
    if (record.communityId === null) return null;
    const community = await communities.load(record.communityId);
    const scheduled = community?.state.meetings.find((each) => each.meetingId === record.id);
    return community && scheduled && !scheduled.deleted ? { community, scheduled } : null;
  };

export const isOrganiser = ({ community }: MeetingOfCommunity, key?: string | null): boolean =>
  typeof key === 'string' && secretMatchesHash(key, community.record.organiserKeyHash);

/** The active member whose token this is. */
export const memberWithToken = (
  { community }: MeetingOfCommunity,
  memberToken?: string | null,
): CommunityMember | undefined => {
  if (typeof memberToken !== 'string' || memberToken.length === 0) return undefined;
  const tokenHash = sha256Hex(memberToken);
  return community.state.members.find((member) => !member.left && member.tokenHash === tokenHash);
};

/** The organiser, or the member scheduled to facilitate this meeting. */
export const holdsCommunityKey = (
  found: MeetingOfCommunity,
  { key, memberToken }: CommunityCredentials,
): boolean =>
  isOrganiser(found, key) ||
  (found.scheduled.facilitatorId !== null &&
    memberWithToken(found, memberToken)?.id === found.scheduled.facilitatorId);

/** The schedule as the meeting page shows it. */
export const lookupCommunity = ({
  community,
  scheduled,
}: MeetingOfCommunity): MeetingLookupCommunity => ({
  id: community.state.id,
  name: community.state.name,
  startsAt: scheduled.startsAt,
  durationMinutes: scheduled.durationMinutes,
  videoUrl: scheduled.videoUrl,
  facilitatorName:
    community.state.members.find((member) => member.id === scheduled.facilitatorId)?.name ?? null,
});
