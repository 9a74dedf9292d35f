import type { MeetingLookupCommunity } from '@percolate/shared';
import { useEffect, useState } from 'react';
import { lookupMeeting } from '../../api/meetingsApi.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { MeetingLinks } from '../../ui/MeetingLinks.js';

type ShownSchedule = Pick<
  MeetingLookupCommunity,
  'startsAt' | 'durationMinutes' | 'videoUrl' | 'facilitatorName'
>;

/**
 * When the meeting starts, who facilitates, its video call and its calendar entry: as its
 * community scheduled it, or as the creator of a one-off meeting gave it.
 */
export const WhenAndWhere = () => {
  const t = useT();
  const locale = useLocale();
  const meetingId = useAppStore((state) => state.meetingId);
  const isCommunityMeeting = useAppStore((state) => state.view?.community != null);
  const oneOff = useAppStore((state) => state.view?.schedule ?? null);
  const [fromCommunity, setFromCommunity] = useState<MeetingLookupCommunity | null>(null);
  const schedule: ShownSchedule | null = isCommunityMeeting
    ? fromCommunity
    : oneOff && { ...oneOff, facilitatorName: null };

  useEffect(() => {
    if (!isCommunityMeeting || !meetingId) return;
    let current = true;
    lookupMeeting(meetingId).then(
      (meeting) => current && setFromCommunity(meeting.community),
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
