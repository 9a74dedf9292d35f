import { Phase } from '@percolate/shared';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import { PageShell } from '../../app/PageShell.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { MeetingGate } from '../meeting/MeetingGate.js';
import { useMeetingConnection } from '../meeting/useMeetingConnection.js';
import { LiveMinutes } from './LiveMinutes.js';
import { ReaderMinutes } from './ReaderMinutes.js';
import { adoptReaderSecret } from './readerSecret.js';

/** The minutes for this browser's participant (or the facilitator key's holder), over the socket. */
const OwnMinutes = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const title = useAppStore((state) => state.view?.title ?? null);
  const running = useAppStore((state) => state.view !== null && state.view.phase !== Phase.Ended);
  useDocumentTitle(title === null ? t('minutes.title') : `${t('minutes.title')}: ${title}`);
  return (
    <PageShell wide>
      <div className="stack">
        {running ? (
          <p>
            <Link href={paths.meeting(meetingId)}>{t('minutes.backToMeeting')}</Link>
          </p>
        ) : null}
        <LiveMinutes meetingId={meetingId} headingOffset={0} />
      </div>
    </PageShell>
  );
};

const ConnectedMinutes = ({ meetingId }: { meetingId: string }) => {
  useMeetingConnection(meetingId, { asFacilitator: true });
  return (
    <MeetingGate meetingId={meetingId} endedToo>
      <OwnMinutes meetingId={meetingId} />
    </MeetingGate>
  );
};

/**
 * /m/:id/minutes: with a read-only link (`#view=<secret>`) the reader's page, without joining;
 * otherwise the minutes as this browser's participant or the facilitator sees them.
 */
export const MinutesView = ({ meetingId }: { meetingId: string }) => {
  const [readerSecret] = useState(() => adoptReaderSecret(meetingId));
  return readerSecret ? (
    <ReaderMinutes meetingId={meetingId} secret={readerSecret} />
  ) : (
    <ConnectedMinutes meetingId={meetingId} />
  );
};
