import type { ScheduledMeeting } from '@percolate/shared';
import { Link } from '../../app/Link.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { useCommunityView } from './CommunityContext.js';
import { DeleteMeetingButton } from './DeleteMeetingButton.js';
import { MeetingWhen } from './MeetingWhen.js';

const PastMeeting = ({ meeting }: { meeting: ScheduledMeeting }) => {
  const t = useT();
  const { isOrganiser } = useCommunityView();
  const { outcome } = meeting;
  return (
    <li className="card community-meeting" data-deleted={meeting.deleted}>
      <h3>
        {meeting.title}
        {meeting.deleted ? <span className="badge subtle"> {t('community.deleted')}</span> : null}
      </h3>
      <MeetingWhen meeting={meeting} />
      {meeting.deleted ? (
        <p className="muted small">{t('community.deletedText')}</p>
      ) : (
        <>
          {outcome && outcome.discussed.length > 0 ? (
            <div>
              <h4 className="small">{t('community.discussed')}</h4>
              <ul className="discussed-list">
                {outcome.discussed.map((topic, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat; the order is fixed
                  <li key={index}>
                    <Link
                      href={paths.minutes(meeting.meetingId)}
                      aria-label={t('community.discussedIn', {
                        title: topic.title,
                        meeting: meeting.title,
                      })}
                    >
                      {topic.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {outcome && outcome.carriedOver > 0 ? (
            <p className="muted small">
              {t('community.carriedOver', { count: outcome.carriedOver })}
            </p>
          ) : null}
          <div className="actions">
            {outcome ? (
              <Link href={paths.minutes(meeting.meetingId)} className="button secondary small">
                {t('community.readMinutes')}
              </Link>
            ) : (
              <Link href={paths.meeting(meeting.meetingId)} className="button secondary small">
                {t('community.openMeeting')}
              </Link>
            )}
            {isOrganiser ? <DeleteMeetingButton meeting={meeting} /> : null}
          </div>
        </>
      )}
    </li>
  );
};

/** Past meetings, latest first: what was discussed, and the way to their minutes. */
export const ArchiveSection = () => {
  const t = useT();
  const { pastMeetings } = useCommunityView();
  return (
    <section className="stack" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('community.archive')}</h2>
      {pastMeetings.length === 0 ? (
        <p className="muted">{t('community.archiveEmpty')}</p>
      ) : (
        <ul className="community-meetings">
          {pastMeetings.map((meeting) => (
            <PastMeeting key={meeting.meetingId} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
};
