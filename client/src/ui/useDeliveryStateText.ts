import type { DeliveryView } from '@percolate/shared';
import { formatDateTime } from '../i18n/format.js';
import { useLocale, useT } from '../i18n/useT.js';

/** One delivery's state in words: sent when, retrying with the last reason, or failed and why. */
export const useDeliveryStateText = () => {
  const t = useT();
  const locale = useLocale();
  return (delivery: DeliveryView): string => {
    switch (delivery.state) {
      case 'sent':
        return t('delivery.sent', { time: formatDateTime(delivery.sentAt ?? 0, locale) });
      case 'failed':
        return t('delivery.failed', { reason: delivery.lastError ?? '' });
      case 'sending':
        return t('delivery.sending');
      default:
        return delivery.lastError === null
          ? t('delivery.pending')
          : t('delivery.retrying', {
              count: delivery.attempts,
              time: formatDateTime(delivery.nextAttemptAt, locale),
              reason: delivery.lastError,
            });
    }
  };
};
