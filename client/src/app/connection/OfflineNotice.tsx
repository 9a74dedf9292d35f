import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';

/**
 * After a long outage: the meeting stays on screen, greyed (see meeting.css), with this notice, a
 * way to try at once, and how much of what was typed waits to be sent. The live region stays in
 * the page (only visually hidden) so that screen readers announce it when it fills.
 */
export const OfflineNotice = () => {
  const t = useT();
  const lost = useAppStore((state) => state.status === 'lost');
  const waiting = useAppStore((state) => state.waitingCount);
  const reconnectNow = useAppStore((state) => state.reconnectNow);
  return (
    <div className="offline-notice" data-lost={lost}>
      <p role="status">
        {lost ? t('connection.lostBanner') : ''}
        {lost && waiting > 0 ? ` ${t('connection.waiting', { count: waiting })}` : ''}
      </p>
      {lost ? (
        <button type="button" className="button secondary small" onClick={reconnectNow}>
          {t('connection.retry')}
        </button>
      ) : null}
    </div>
  );
};
