import { lookupMeeting } from '../../api/meetingsApi.js';
import { persistence } from '../../store/persistence.js';

/** A slow lookup must not hold the meeting up: after this, connect without (and reconnect once). */
const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Must the meeting be looked up before the first handshake? Only when this browser belongs to a
 * community and does not know yet whether the meeting is one of them (opened straight from a
 * link). Anyone else connects at once: there are no community credentials to bring.
 */
export const mustLookUpCommunity = (meetingId: string): boolean =>
  persistence.communityOf(meetingId) === null && persistence.belongsToAnyCommunity();

/**
 * Asks the REST API which community (if any) scheduled the meeting and remembers it, so the first
 * handshake carries this browser's credentials of that community. Resolves in any case: a lookup
 * that fails or takes too long leaves it to the meeting's view (and one reconnect).
 */
export const learnCommunityOf = async (meetingId: string): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lookup = lookupMeeting(meetingId).then(
    ({ community }) => {
      if (community) persistence.saveCommunityOf(meetingId, community.id);
    },
    () => {},
  );
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, LOOKUP_TIMEOUT_MS);
  });
  await Promise.race([lookup, timeout]);
  clearTimeout(timer);
};
