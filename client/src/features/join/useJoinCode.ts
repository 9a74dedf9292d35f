import { useCallback, useState } from 'react';
import { ApiError, type ApiFailure, lookupMeetingByCode } from '../../api/meetingsApi.js';
import { navigate } from '../../app/router.js';
import { paths } from '../../app/routes.js';

/** People type codes with spaces or dashes; the code itself has neither. */
export const normaliseJoinCode = (raw: string): string => raw.replace(/[\s-]+/g, '');

/** Looks a join code up and goes to its meeting. */
export const useJoinCode = () => {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const join = useCallback(async (raw: string, options: { replace?: boolean } = {}) => {
    const code = normaliseJoinCode(raw);
    if (!code) return;
    setBusy(true);
    setFailure(null);
    try {
      const meeting = await lookupMeetingByCode(code);
      navigate(paths.meeting(meeting.id), options);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.failure : 'network');
      setBusy(false);
    }
  }, []);

  return { join, failure, busy };
};
