import { useEffect, useState } from 'react';
import { persistence } from '../../store/persistence.js';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext.js';
import { adoptFacilitatorKeyFromUrl, adoptParticipantTokenFromUrl } from '../urlSecrets.js';
import { learnCommunityOf, mustLookUpCommunity } from './communityOfMeeting.js';

/**
 * What this browser brings to a meeting besides its participant token: the meeting's facilitator
 * key, or in a community's meeting the community's organiser key in its place, and its member
 * token of that community (the scheduled facilitator's counts as a key).
 */
const credentials = (meetingId: string, asFacilitator: boolean) => {
  const communityId = persistence.communityOf(meetingId);
  const organiserKey = communityId ? persistence.organiserKey(communityId) : null;
  return {
    facilitatorKey: asFacilitator ? (persistence.facilitatorKey(meetingId) ?? organiserKey) : null,
    memberToken: communityId ? persistence.memberToken(communityId) : null,
  };
};

/** Does this browser belong to the community (as organiser, or a member it has seen itself as)? */
const belongsTo = (communityId: string) =>
  persistence.organiserKey(communityId) !== null || persistence.memberName(communityId) !== null;

/**
 * Connects to a meeting for as long as the calling page is shown. The first handshake brings the
 * community's credentials when this browser knows (or, belonging to a community, looks up) that
 * the meeting is one of its communities'; should that only show in the meeting's view, it
 * reconnects once with them.
 */
export const useMeetingConnection = (meetingId: string, options: { asFacilitator: boolean }) => {
  const store = useAppStoreApi();
  const { asFacilitator } = options;
  const communityId = useAppStore((state) => state.view?.community?.id ?? null);
  // Bumped once when a community's meeting turns out to be one whose credentials we hold.
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reconnects with the credentials
  useEffect(() => {
    adoptParticipantTokenFromUrl(meetingId);
    if (asFacilitator) adoptFacilitatorKeyFromUrl(meetingId);
    let shown = true;
    const connect = () => {
      if (!shown) return;
      store.getState().connect({
        meetingId,
        token: persistence.participantToken(meetingId),
        ...credentials(meetingId, asFacilitator),
      });
    };
    if (mustLookUpCommunity(meetingId)) void learnCommunityOf(meetingId).then(connect);
    else connect();
    return () => {
      shown = false;
      store.getState().disconnect();
    };
  }, [store, meetingId, asFacilitator, attempt]);

  useEffect(() => {
    if (!communityId || persistence.communityOf(meetingId) === communityId) return;
    persistence.saveCommunityOf(meetingId, communityId);
    if (belongsTo(communityId)) setAttempt((n) => n + 1);
  }, [meetingId, communityId]);
};
