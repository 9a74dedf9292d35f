import type { Minutes, MinutesFormat } from '@percolate/shared';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/Link.js';
import { MessagePage } from '../../app/MessagePage.js';
import { PageShell } from '../../app/PageShell.js';
import { paths } from '../../app/routes.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { MinutesDocumentView } from './MinutesDocumentView.js';
import { MinutesExports, READER_FORMATS } from './MinutesExports.js';
import {
  fetchMinutes,
  MinutesApiError,
  type MinutesAuth,
  type MinutesFailure,
} from './minutesApi.js';
import './minutes.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; minutes: Minutes }
  | { state: 'failed'; failure: MinutesFailure };

/**
 * The minutes for someone with a read-only link: fetched over REST with the link's secret, no
 * joining, no socket. They may download them, copy them and print them.
 */
export const ReaderMinutes = ({
  meetingId,
  secret,
  note = 'minutes.readOnlyNote',
  formats = READER_FORMATS,
  fallback,
  communityId,
}: {
  meetingId: string;
  secret: MinutesAuth;
  /** Says how this reader came to read them. */
  note?: 'minutes.readOnlyNote' | 'minutes.communityNote';
  formats?: readonly MinutesFormat[];
  /** Shown instead when these credentials do not open the minutes. */
  fallback?: ReactNode;
  /** The community this meeting belongs to: the reader's way back to its page. */
  communityId?: string;
}) => {
  const t = useT();
  const locale = useLocale();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useDocumentTitle(loaded.state === 'ready' ? loaded.minutes.title : t('minutes.title'));

  const load = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', minutes: await fetchMinutes(meetingId, secret) });
    } catch (error) {
      setLoaded({
        state: 'failed',
        failure: error instanceof MinutesApiError ? error.failure : 'network',
      });
    }
  }, [meetingId, secret]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loaded.state === 'failed') {
    if (fallback && (loaded.failure === 'forbidden' || loaded.failure === 'notFound')) {
      return <>{fallback}</>;
    }
    const unusable = loaded.failure === 'forbidden' || loaded.failure === 'notFound';
    return (
      <MessagePage
        title={t(unusable ? 'minutes.linkInvalidTitle' : 'minutes.failedTitle')}
        actions={
          unusable ? null : (
            <button type="button" className="button primary" onClick={() => void load()}>
              {t('connection.retry')}
            </button>
          )
        }
      >
        <p>{t(unusable ? 'minutes.linkInvalid' : 'minutes.failure.network')}</p>
      </MessagePage>
    );
  }
  return (
    <PageShell wide>
      {loaded.state === 'loading' ? (
        <p className="loading" role="status">
          {t('minutes.loading')}
        </p>
      ) : (
        <div className="minutes-area">
          <div className="minutes-layout">
            <div className="stack">
              <MinutesDocumentView minutes={loaded.minutes} locale={locale} />
            </div>
            <div className="stack minutes-tools">
              {communityId && (
                <p>
                  <Link href={paths.community(communityId)}>{t('minutes.backToCommunity')}</Link>
                </p>
              )}
              <p className="note">{t(note)}</p>
              <div className="actions">
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => void load()}
                >
                  {t('minutes.refresh')}
                </button>
              </div>
              <MinutesExports
                minutes={loaded.minutes}
                meetingId={meetingId}
                secret={secret}
                formats={formats}
              />
            </div>
          </div>
        </div>
      )}
    </PageShell>
  );
};
