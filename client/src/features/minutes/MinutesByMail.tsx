import { useMemo } from 'react';
import { meetingDeliveries, removeDeliveryTarget } from '../../api/deliveryApi.js';
import { useT } from '../../i18n/useT.js';
import { useAction } from '../../store/useAction.js';
import { DeliveryTargetForm } from '../../ui/DeliveryTargetForm.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useDeliveries } from '../../ui/useDeliveries.js';
import { useDeliveryStateText } from '../../ui/useDeliveryStateText.js';
import type { FacilitatorTools } from './MinutesLinks.js';
import './minutes.css';

/**
 * A one-off meeting's facilitator enters the addresses the minutes go to (a mailing list, people
 * who could not come): sent when the meeting ends, or at once when it has ended. Shown only where
 * the server sends mail.
 */
export const MinutesByMail = ({ meetingId, facilitatorKey }: FacilitatorTools) => {
  const t = useT();
  const endpoint = useMemo(
    () => meetingDeliveries(meetingId, facilitatorKey),
    [meetingId, facilitatorKey],
  );
  const { loaded, reload } = useDeliveries(endpoint);
  const stateText = useDeliveryStateText();
  const remove = useAction((targetId: string) => removeDeliveryTarget(endpoint, targetId));

  if (loaded.state !== 'loaded' || !loaded.overview.mail) return null;
  const { targets, deliveries } = loaded.overview;

  const drop = async (targetId: string) => {
    if (await remove.run(targetId)) await reload();
  };

  return (
    <section className="card stack" aria-labelledby="minutes-mail-heading">
      <h2 id="minutes-mail-heading">{t('delivery.byMailTitle')}</h2>
      <p className="muted small">{t('delivery.byMailIntro')}</p>
      {targets.length === 0 ? null : (
        <ul className="minutes-link-list">
          {targets.map((target) => {
            const delivery = deliveries.find((each) => each.targetId === target.id);
            return (
              <li key={target.id}>
                <span>
                  <code>{target.address}</code>
                  {delivery ? <span className="small muted"> {stateText(delivery)}</span> : null}
                </span>
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={t('delivery.removeNamed', { address: target.address })}
                  onClick={() => void drop(target.id)}
                >
                  {t('common.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorText code={remove.error} />
      <DeliveryTargetForm endpoint={endpoint} mail webhooks={false} onAdded={reload} />
    </section>
  );
};
