import type { MeetingLookupCommunity } from '@percolate/shared';
import { useEffect, useState } from 'react';
import { lookupMeeting } from '../../api/meetingsApi.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { MeetingLinks } from '../community/MeetingLinks.js';

/** When a community's meeting starts, who facilitates, its video call and its calendar entry. */
export const CommunitySchedule = () => {
  const t = useT();
  const locale = useLocale();
  const meetingId = useAppStore((state) => state.meetingId);
  const isCommunityMeeting = useAppStore((state) => state.view?.community != null);
  const [schedule, setSchedule] = useState<MeetingLookupCommunity | null>(null);

  useEffect(() => {
    if (!isCommunityMeeting || !meetingId) return;
    let current = true;
    lookupMeeting(meetingId).then(
      (meeting) => current && setSchedule(meeting.community),
      // Without the schedule the meeting works all the same; nothing to tell.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [meetingId, isCommunityMeeting]);

  if (!schedule || !meetingId) return null;
  return (
    <section className="card stack community-schedule" aria-labelledby="schedule-heading">
      <h3 id="schedule-heading">{t('meeting.scheduleTitle')}</h3>
      <p>
        <time dateTime={schedule.startsAt}>{formatDateTime(schedule.startsAt, locale)}</time>
        {' · '}
        {t('community.minutes', { count: schedule.durationMinutes })}
        {schedule.facilitatorName
          ? ` · ${t('community.facilitatedBy', { name: schedule.facilitatorName })}`
          : null}
      </p>
      <div className="actions">
        <MeetingLinks meetingId={meetingId} videoUrl={schedule.videoUrl} />
      </div>
    </section>
  );
};
