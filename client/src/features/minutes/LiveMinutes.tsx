import { ErrorCode, Phase } from '@percolate/shared';
import { useLocale, useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MinutesByMail } from './MinutesByMail.js';
import { MinutesDocumentView } from './MinutesDocumentView.js';
import { FACILITATOR_FORMATS, MinutesExports } from './MinutesExports.js';
import { MinutesLinks } from './MinutesLinks.js';
import { SummaryEditor } from './SummaryEditor.js';
import { useLiveMinutes } from './useLiveMinutes.js';
import './minutes.css';

/**
 * The minutes for the people in the meeting, growing as it goes on. Moderators write the
 * summary here; whoever holds the facilitator key also downloads every format, manages the
 * read-only links and, in a one-off meeting, the addresses the minutes are mailed to.
 */
export const LiveMinutes = ({
  meetingId,
  headingOffset,
}: {
  meetingId: string;
  /** 0 on a page of its own (the minutes' title is the page's h1), 1 inside the meeting. */
  headingOffset: number;
}) => {
  const t = useT();
  const locale = useLocale();
  const { minutes, error, retry } = useLiveMinutes();
  const ended = useAppStore((state) => state.view?.phase === Phase.Ended);
  const isModerator = useAppStore(selectIsModerator);
  const hasKey = useAppStore((state) => state.me?.hasFacilitatorKey ?? false);
  const facilitatorKey = hasKey ? persistence.facilitatorKey(meetingId) : null;
  const oneOff = useAppStore((state) => state.view !== null && state.view.community === null);

  if (minutes === null) {
    if (error === ErrorCode.NotJoined) {
      const Heading = headingOffset === 0 ? 'h1' : 'h2';
      return (
        <section className="message-card">
          <Heading>{t('minutes.noAccessTitle')}</Heading>
          <p>{t('minutes.askForLink')}</p>
        </section>
      );
    }
    return error ? (
      <div className="stack">
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" className="button secondary small" onClick={retry}>
            {t('connection.retry')}
          </button>
        </div>
      </div>
    ) : (
      <p className="loading" role="status">
        {t('minutes.loading')}
      </p>
    );
  }
  return (
    <div className="minutes-area">
      <div className="minutes-layout">
        <div className="stack">
          {ended ? null : <p className="muted">{t('minutes.liveNote')}</p>}
          <MinutesDocumentView minutes={minutes} locale={locale} headingOffset={headingOffset} />
        </div>
        <div className="stack minutes-tools">
          {isModerator && !ended ? <SummaryEditor /> : null}
          <MinutesExports
            minutes={minutes}
            meetingId={meetingId}
            secret={facilitatorKey}
            formats={FACILITATOR_FORMATS}
          />
          {facilitatorKey ? (
            <MinutesLinks meetingId={meetingId} facilitatorKey={facilitatorKey} />
          ) : null}
          {facilitatorKey && oneOff ? (
            <MinutesByMail meetingId={meetingId} facilitatorKey={facilitatorKey} />
          ) : null}
        </div>
      </div>
    </div>
  );
};
