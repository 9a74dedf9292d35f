import type { ScheduledMeeting } from '@percolate/shared';
import { Link } from '../../app/Link.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { MeetingLinks } from '../../ui/MeetingLinks.js';
import { useCommunityView } from './CommunityContext.js';
import { DeleteMeetingButton } from './DeleteMeetingButton.js';
import { MeetingWhen } from './MeetingWhen.js';
import { ScheduleForm } from './ScheduleForm.js';

const UpcomingMeeting = ({ meeting }: { meeting: ScheduledMeeting }) => {
  const t = useT();
  const { isOrganiser } = useCommunityView();
  return (
    <li className="card community-meeting">
      <h3>{meeting.title}</h3>
      <MeetingWhen meeting={meeting} />
      <div className="actions">
        <Link href={paths.meeting(meeting.meetingId)} className="button primary small">
          {t('community.openMeeting')}
        </Link>
        <MeetingLinks meetingId={meeting.meetingId} videoUrl={meeting.videoUrl} />
        {isOrganiser ? <DeleteMeetingButton meeting={meeting} /> : null}
      </div>
    </li>
  );
};

/** The meetings ahead, soonest first; organisers schedule the next one here. */
export const UpcomingMeetings = () => {
  const t = useT();
  const { upcomingMeetings, isOrganiser } = useCommunityView();
  return (
    <section className="stack" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t('community.upcoming')}</h2>
      {upcomingMeetings.length === 0 ? (
        <p className="muted">{t('community.noUpcoming')}</p>
      ) : (
        <ul className="community-meetings">
          {upcomingMeetings.map((meeting) => (
            <UpcomingMeeting key={meeting.meetingId} meeting={meeting} />
          ))}
        </ul>
      )}
      {isOrganiser ? <ScheduleForm /> : null}
    </section>
  );
};
