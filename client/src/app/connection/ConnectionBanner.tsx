import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { OfflineNotice } from './OfflineNotice.js';
import { UnsentList } from './UnsentList.js';
import './connection.css';

const BACK_ONLINE_FOR_MS = 4_000;

/**
 * "Reconnecting…" while the connection is down, then "Back online" for a moment; after a long
 * outage a notice with a retry, and whatever waited for the connection and was refused.
 */
export const ConnectionBanner = () => {
  const t = useT();
  const status = useAppStore((state) => state.status);
  const reconnectedAt = useAppStore((state) => state.reconnectedAt);
  const [backOnline, setBackOnline] = useState(false);

  useEffect(() => {
    const left = reconnectedAt === null ? 0 : reconnectedAt + BACK_ONLINE_FOR_MS - Date.now();
    setBackOnline(left > 0);
    if (left <= 0) return;
    const timer = setTimeout(() => setBackOnline(false), left);
    return () => clearTimeout(timer);
  }, [reconnectedAt]);

  const down = status === 'reconnecting' || status === 'connecting';
  const message = down
    ? t('connection.reconnecting')
    : backOnline
      ? t('connection.backOnline')
      : '';
  return (
    <>
      <div role="status" className="connection-banner" data-state={down ? 'down' : 'online'}>
        {message}
      </div>
      <OfflineNotice />
      <UnsentList />
    </>
  );
};
