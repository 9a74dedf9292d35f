import {
  type CommunityCommand,
  type CommunityLookupResponse,
  type CommunityPreview,
  isCommunityPreview,
} from '@percolate/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CommunityApiError,
  type CommunityOutcome,
  fetchCommunity,
  sendCommunityCommand,
} from '../../api/communitiesApi.js';
import { takeKeyFromUrl, takeSecretFromUrl } from '../../app/urlSecrets.js';
import type { FailureCode } from '../../store/commandInput.js';
import { persistence } from '../../store/persistence.js';

export type LoadedCommunity =
  | { state: 'loading' }
  | { state: 'ready'; community: CommunityLookupResponse }
  /** Neither a member nor the organiser: only the name and description. */
  | { state: 'preview'; community: CommunityPreview }
  | { state: 'failed'; code: FailureCode };

/**
 * What this browser remembers from a view: its member's name, and which meetings are this
 * community's. A member needs the invite code no longer.
 */
const remember = (community: CommunityLookupResponse) => {
  const me = community.members.find((member) => member.id === community.me);
  persistence.saveMemberName(community.id, me?.name ?? null);
  if (me) persistence.saveInviteCode(community.id, null);
  for (const meeting of [...community.upcomingMeetings, ...community.pastMeetings]) {
    persistence.saveCommunityOf(meeting.meetingId, community.id);
  }
};

/** How often an open community page asks again, so others' topics and joins show up. */
export const COMMUNITY_POLL_MS = 30_000;

/**
 * A community's view over REST: loaded at once, again after every command, whenever the tab
 * comes back into view and every half minute while it is visible (there is no socket for
 * communities). The organiser key (`#key=…`), the
 * invite code (`#invite=…`) or a member's token (`#member=…`, the link for another device) of the
 * address is kept for this community and taken out of it first.
 */
export const useCommunity = (communityId: string) => {
  const [loaded, setLoaded] = useState<LoadedCommunity>({ state: 'loading' });
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const call = ++latest.current;
    try {
      const community = await fetchCommunity(communityId);
      if (call !== latest.current) return;
      if (isCommunityPreview(community)) {
        setLoaded({ state: 'preview', community });
        return;
      }
      remember(community);
      setLoaded({ state: 'ready', community });
    } catch (error) {
      if (call !== latest.current) return;
      const code = error instanceof CommunityApiError ? error.code : 'NETWORK';
      // A failed refresh keeps what is shown; only a first load (or a deleted community) fails the page.
      setLoaded((current) =>
        current.state === 'ready' && code === 'NETWORK' ? current : { state: 'failed', code },
      );
    }
  }, [communityId]);

  useEffect(() => {
    const key = takeKeyFromUrl();
    if (key) persistence.saveOrganiserKey(communityId, key);
    const invite = takeSecretFromUrl('invite');
    if (invite) persistence.saveInviteCode(communityId, invite);
    // A member's own link from another device: the GET below tells who this browser now is.
    const member = takeSecretFromUrl('member');
    if (member) persistence.saveMemberToken(communityId, member);
    void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    const poll = window.setInterval(onVisible, COMMUNITY_POLL_MS);
    return () => {
      window.clearInterval(poll);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [communityId, refresh]);

  const send = useCallback(
    async (command: CommunityCommand): Promise<CommunityOutcome> => {
      const outcome = await sendCommunityCommand(communityId, command);
      if (outcome.ok || outcome.code !== 'NETWORK') await refresh();
      return outcome;
    },
    [communityId, refresh],
  );

  return { loaded, refresh, send };
};
