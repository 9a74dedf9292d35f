import { HandshakeError, Phase } from '@percolate/shared';
import type { ReactNode } from 'react';
import { handshakeKey } from '../../i18n/errorKey.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { Link } from '../Link.js';
import { MessagePage } from '../MessagePage.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { paths } from '../routes.js';

/**
 * Shows what stands between a person and the meeting — connecting, refused, lost before it
 * arrived, ended —
 * and the meeting itself (`children`) once its view has arrived.
 */
export const MeetingGate = ({
  meetingId,
  children,
  endedToo = false,
}: {
  meetingId: string;
  children: ReactNode;
  /** Show `children` after the end too (the minutes), instead of the "ended" page. */
  endedToo?: boolean;
}) => {
  const t = useT();
  const rejection = useAppStore((state) => state.rejection);
  const status = useAppStore((state) => state.status);
  const phase = useAppStore((state) => state.view?.phase ?? null);
  const reconnectNow = useAppStore((state) => state.reconnectNow);

  if (rejection === HandshakeError.MeetingNotFound) return <NotFoundPage what="meeting" />;
  if (rejection) {
    return (
      <MessagePage
        title={t('handshake.title')}
        actions={
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </button>
        }
      >
        <p>{t(handshakeKey(rejection))}</p>
      </MessagePage>
    );
  }
  // With the meeting already on screen, a lost connection keeps it there (see ConnectionBanner).
  if (status === 'lost' && phase === null) {
    return (
      <MessagePage
        title={t('connection.lostTitle')}
        actions={
          <button type="button" className="button primary" onClick={reconnectNow}>
            {t('connection.retry')}
          </button>
        }
      >
        <p>{t('connection.lostText')}</p>
      </MessagePage>
    );
  }
  if (phase === null) {
    return (
      <MessagePage title={t('connection.connectingTitle')}>
        <p role="status">{t('connection.connecting')}</p>
      </MessagePage>
    );
  }
  if (phase === Phase.Ended && !endedToo) {
    return (
      <MessagePage
        title={t('ended.title')}
        actions={
          <Link href={paths.minutes(meetingId)} className="button primary">
            {t('ended.toMinutes')}
          </Link>
        }
      >
        <p>{t('ended.text')}</p>
      </MessagePage>
    );
  }
  return <>{children}</>;
};
