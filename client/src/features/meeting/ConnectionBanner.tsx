import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';

const BACK_ONLINE_FOR_MS = 4_000;

/** "Reconnecting…" while the connection is down, then "Back online" for a moment. */
export const ConnectionBanner = () => {
  const t = useT();
  const status = useAppStore((state) => state.status);
  const previous = useRef(status);
  const [backOnline, setBackOnline] = useState(false);

  useEffect(() => {
    const wasDown = previous.current === 'reconnecting' || previous.current === 'lost';
    previous.current = status;
    if (status === 'online' && wasDown) {
      setBackOnline(true);
      const timer = setTimeout(() => setBackOnline(false), BACK_ONLINE_FOR_MS);
      return () => clearTimeout(timer);
    }
    setBackOnline(false);
  }, [status]);

  const message =
    status === 'reconnecting' || status === 'connecting'
      ? t('connection.reconnecting')
      : backOnline
        ? t('connection.backOnline')
        : '';
  return (
    <div role="status" className="connection-banner" data-state={backOnline ? 'online' : status}>
      {message}
    </div>
  );
};
