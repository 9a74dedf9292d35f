import type { ScheduledMeeting } from '@percolate/shared';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useMemberName } from './CommunityContext.js';

/** When a scheduled meeting is (in the reader's time zone), how long, and who facilitates. */
export const MeetingWhen = ({ meeting }: { meeting: ScheduledMeeting }) => {
  const t = useT();
  const locale = useLocale();
  const nameOf = useMemberName();
  const facilitator = nameOf(meeting.facilitatorId);
  return (
    <p className="meeting-when">
      <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, locale)}</time>
      <span> · {t('community.minutes', { count: meeting.durationMinutes })}</span>
      <span>
        {' · '}
        {facilitator
          ? t('community.facilitatedBy', { name: facilitator })
          : t('community.noFacilitator')}
      </span>
    </p>
  );
};
