import { calendarUrl } from '../api/communitiesApi.js';
import { useT } from '../i18n/useT.js';

/** A scheduled meeting's video call (when it has one) and its calendar entry. */
export const MeetingLinks = ({
  meetingId,
  videoUrl,
}: {
  meetingId: string;
  videoUrl: string | null;
}) => {
  const t = useT();
  return (
    <>
      {videoUrl ? (
        <a
          className="button secondary small"
          href={videoUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('community.videoLink')}
        </a>
      ) : null}
      <a className="button secondary small" href={calendarUrl(meetingId)} download>
        {t('community.calendar')}
      </a>
    </>
  );
};
