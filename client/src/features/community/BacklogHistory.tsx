import type { BacklogTopic } from '@percolate/shared';
import { Fragment } from 'react';
import { Link } from '../../app/Link.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { useHistory } from '../../ui/topic/useHistoryLine.js';
import { useCommunityView } from './CommunityContext.js';

/** A backlog topic's history line; each meeting that has minutes links to them. */
export const BacklogHistory = ({ topic }: { topic: BacklogTopic }) => {
  const t = useT();
  const { pastMeetings } = useCommunityView();
  const { proposed, steps } = useHistory()(topic);
  const hasMinutes = (meetingId: string) =>
    pastMeetings.some(
      (meeting) => meeting.meetingId === meetingId && meeting.outcome !== null && !meeting.deleted,
    );
  return (
    <p className="muted small">
      {proposed}
      {steps.map(({ entry, before, after }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a topic may be on one meeting twice; the order is fixed
        <Fragment key={index}>
          {' · '}
          {before}
          {hasMinutes(entry.meetingId) ? (
            <Link
              href={paths.minutes(entry.meetingId)}
              aria-label={t('community.minutesOf', { meeting: entry.meetingTitle })}
            >
              {entry.meetingTitle}
            </Link>
          ) : (
            entry.meetingTitle
          )}
          {after}
        </Fragment>
      ))}
    </p>
  );
};
