import type { DeliveryTargetView, DeliveryView } from '@percolate/shared';
import { useMemo } from 'react';
import {
  communityDeliveries,
  removeDeliveryTarget,
  requestDelivery,
} from '../../api/deliveryApi.js';
import { errorKey } from '../../i18n/errorKey.js';
import { useT } from '../../i18n/useT.js';
import { useAction } from '../../store/useAction.js';
import { DeliveryTargetForm } from '../../ui/DeliveryTargetForm.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useDeliveries } from '../../ui/useDeliveries.js';
import { useDeliveryStateText } from '../../ui/useDeliveryStateText.js';
import { useCommunityView } from './CommunityContext.js';

/**
 * Organisers only: where the minutes go when a meeting ends (mail addresses, chat webhooks, as
 * far as the host allows), and how each delivery went, with a resend.
 */
export const DeliverySection = () => {
  const t = useT();
  const { id, pastMeetings, upcomingMeetings } = useCommunityView();
  const endpoint = useMemo(() => communityDeliveries(id), [id]);
  const { loaded, reload } = useDeliveries(endpoint);
  const stateText = useDeliveryStateText();
  const remove = useAction((targetId: string) => removeDeliveryTarget(endpoint, targetId));
  const resend = useAction((delivery: DeliveryView) =>
    requestDelivery(endpoint, { meetingId: delivery.meetingId, targetId: delivery.targetId }),
  );
  /** Reads the overview again once a change went through. */
  const after = async (change: Promise<boolean>) => {
    if (await change) await reload();
  };
  const titleOf = (meetingId: string) =>
    [...pastMeetings, ...upcomingMeetings].find((each) => each.meetingId === meetingId)?.title ??
    meetingId;

  const body = () => {
    if (loaded.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
    if (loaded.state === 'failed') return <p role="alert">{t(errorKey(loaded.code))}</p>;
    const { mail, webhooks, targets, deliveries } = loaded.overview;
    const addressOf = (targetId: string) =>
      targets.find((target: DeliveryTargetView) => target.id === targetId)?.address ?? targetId;
    return (
      <>
        {!mail && !webhooks ? <p className="muted small">{t('delivery.off')}</p> : null}
        {targets.length === 0 ? (
          <p className="muted small">{t('delivery.noTargets')}</p>
        ) : (
          <ul className="community-list">
            {targets.map((target) => (
              <li key={target.id} className="stack">
                <span>
                  {t(`delivery.channel.${target.channel}`)}: <code>{target.address}</code>
                </span>
                {target.secret === null ? null : (
                  <span className="small">
                    {t('delivery.secret')} <code>{target.secret}</code>
                  </span>
                )}
                <span>
                  <button
                    type="button"
                    className="button ghost small"
                    aria-label={t('delivery.removeNamed', { address: target.address })}
                    onClick={() => void after(remove.run(target.id))}
                  >
                    {t('common.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <ErrorText code={remove.error} />
        {mail || webhooks ? <h3 className="small">{t('delivery.addTitle')}</h3> : null}
        {mail || webhooks ? (
          <DeliveryTargetForm
            endpoint={endpoint}
            mail={mail}
            webhooks={webhooks}
            onAdded={reload}
          />
        ) : null}
        {deliveries.length === 0 ? null : (
          <>
            <h3 className="small">{t('delivery.history')}</h3>
            <ul className="community-list">
              {deliveries.map((delivery) => (
                <li key={`${delivery.meetingId}.${delivery.targetId}`} className="stack">
                  <span>
                    {titleOf(delivery.meetingId)} → <code>{addressOf(delivery.targetId)}</code>
                  </span>
                  <span className="small" data-state={delivery.state}>
                    {stateText(delivery)}
                  </span>
                  {delivery.state === 'sent' || delivery.state === 'failed' ? (
                    <span>
                      <button
                        type="button"
                        className="button ghost small"
                        aria-label={t('delivery.resendNamed', {
                          meeting: titleOf(delivery.meetingId),
                          address: addressOf(delivery.targetId),
                        })}
                        onClick={() => void after(resend.run(delivery))}
                      >
                        {t('delivery.resend')}
                      </button>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            <ErrorText code={resend.error} />
          </>
        )}
        <div>
          <button type="button" className="button ghost small" onClick={() => void reload()}>
            {t('delivery.refresh')}
          </button>
        </div>
      </>
    );
  };

  return (
    <section className="card stack" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('delivery.title')}</h2>
      <p className="muted small">{t('delivery.intro')}</p>
      {body()}
    </section>
  );
};
