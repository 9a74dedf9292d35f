import { type MinutesFormat, Phase } from '@percolate/shared';
import { useState } from 'react';
import { MeetingGate } from '../../app/connection/MeetingGate.js';
import { useMeetingConnection } from '../../app/connection/useMeetingConnection.js';
import { Link } from '../../app/Link.js';
import { PageShell } from '../../app/PageShell.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { LiveMinutes } from './LiveMinutes.js';
import { FACILITATOR_FORMATS, READER_FORMATS } from './MinutesExports.js';
import type { MinutesAuth } from './minutesApi.js';
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
 * In a community's meeting its organiser (key as Bearer, every format) and its members (member
 * token, the reader's formats) read the minutes over REST, whether or not they took part.
 */
const communityReader = (
  meetingId: string,
): { communityId: string; auth: MinutesAuth; formats: readonly MinutesFormat[] } | null => {
  const communityId = persistence.communityOf(meetingId);
  if (!communityId) return null;
  const organiserKey = persistence.organiserKey(communityId);
  if (organiserKey) return { communityId, auth: organiserKey, formats: FACILITATOR_FORMATS };
  if (persistence.memberName(communityId) === null) return null;
  return {
    communityId,
    auth: { memberToken: persistence.memberToken(communityId) },
    formats: READER_FORMATS,
  };
};

/**
 * /m/:id/minutes: with a read-only link (`#view=<secret>`) the reader's page, without joining;
 * in a community's meeting the page of its organiser or member; otherwise the minutes as this browser's participant or the facilitator sees them.
 */
export const MinutesView = ({ meetingId }: { meetingId: string }) => {
  const [readerSecret] = useState(() => adoptReaderSecret(meetingId));
  const [community] = useState(() => communityReader(meetingId));
  if (readerSecret) return <ReaderMinutes meetingId={meetingId} secret={readerSecret} />;
  if (community) {
    return (
      <ReaderMinutes
        meetingId={meetingId}
        secret={community.auth}
        formats={community.formats}
        communityId={community.communityId}
        note="minutes.communityNote"
        fallback={<ConnectedMinutes meetingId={meetingId} />}
      />
    );
  }
  return <ConnectedMinutes meetingId={meetingId} />;
};
