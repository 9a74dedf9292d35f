import { useCallback, useState } from 'react';
import { lookupCommunityByCode } from '../../api/communitiesApi.js';
import { ApiError, type ApiFailure, lookupMeetingByCode } from '../../api/meetingsApi.js';
import { navigate } from '../../app/router.js';
import { paths } from '../../app/routes.js';
import { persistence } from '../../store/persistence.js';

/** People type codes with spaces or dashes; the code itself has neither. */
export const normaliseJoinCode = (raw: string): string => raw.replace(/[\s-]+/g, '');

/** A meeting's join code, or else a community's invite code. */
const destinationOf = async (code: string): Promise<string> => {
  try {
    return paths.meeting((await lookupMeetingByCode(code)).id);
  } catch (error) {
    if (!(error instanceof ApiError) || error.failure !== 'notFound') throw error;
    const { id } = await lookupCommunityByCode(code);
    // The code found the community; the same code lets this browser join it.
    persistence.saveInviteCode(id, code);
    return paths.community(id);
  }
};

/** Looks a join code up and goes to its meeting (or community). */
export const useJoinCode = () => {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const join = useCallback(async (raw: string, options: { replace?: boolean } = {}) => {
    const code = normaliseJoinCode(raw);
    if (!code) return;
    setBusy(true);
    setFailure(null);
    try {
      navigate(await destinationOf(code), options);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.failure : 'network');
      setBusy(false);
    }
  }, []);

  return { join, failure, busy };
};
