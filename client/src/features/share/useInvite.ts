import { useEffect, useState } from 'react';
import { lookupMeeting } from '../../api/meetingsApi.js';
import { pageUrl } from '../../api/pageUrl.js';
import { persistence } from '../../store/persistence.js';

export interface Invite {
  joinUrl: string;
  /** null until known: the creating browser has it at once, anyone else asks the server. */
  joinCode: string | null;
}

/** The link and short code that invite people into a meeting. */
export const useInvite = (meetingId: string): Invite => {
  const stored = persistence.shareInfo(meetingId);
  const [fetchedCode, setFetchedCode] = useState<string | null>(null);
  const storedCode = stored?.joinCode ?? null;

  useEffect(() => {
    if (storedCode) return;
    let current = true;
    lookupMeeting(meetingId).then(
      (meeting) => current && setFetchedCode(meeting.joinCode),
      // Without the code the link still invites; nothing to tell the user.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [meetingId, storedCode]);

  return {
    joinUrl: pageUrl(stored?.joinUrl ?? `/m/${encodeURIComponent(meetingId)}`),
    joinCode: storedCode ?? fetchedCode,
  };
};
