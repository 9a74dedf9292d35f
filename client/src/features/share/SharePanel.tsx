import { Phase } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { QrCode } from './QrCode.js';
import { useInvite } from './useInvite.js';
import './share.css';

/** While people arrive the QR code is in sight; later it waits behind a button. */
const ARRIVAL_PHASES: readonly Phase[] = [Phase.Lobby, Phase.Checkin, Phase.Propose];

/** Everything needed to invite people: link, short code and a QR code, each copyable. */
export const SharePanel = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const arriving = useAppStore((state) =>
    ARRIVAL_PHASES.includes(state.view?.phase ?? Phase.Lobby),
  );
  const [showQr, setShowQr] = useState(false);
  const { joinUrl, joinCode } = useInvite(meetingId);

  return (
    <section className="card share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('share.title')}</h2>
      {arriving || showQr ? (
        <QrCode text={joinUrl} label={t('share.qrLabel')} />
      ) : (
        <button type="button" className="button secondary small" onClick={() => setShowQr(true)}>
          {t('share.showQr')}
        </button>
      )}
      <dl className="share-list">
        <div>
          <dt>{t('share.link')}</dt>
          <dd>
            <code className="share-value">{joinUrl}</code>
            <CopyButton text={joinUrl} label={t('share.copyLink')} />
          </dd>
        </div>
        {joinCode ? (
          <div>
            <dt>{t('share.code')}</dt>
            <dd>
              <code className="share-value share-code">{joinCode}</code>
              <CopyButton text={joinCode} label={t('share.copyCode')} />
            </dd>
          </div>
        ) : null}
      </dl>
      {joinCode ? (
        <p className="muted small">{t('share.codeHint', { origin: window.location.host })}</p>
      ) : null}
    </section>
  );
};
