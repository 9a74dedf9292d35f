import { type AddDeliveryTarget, Channel } from '@percolate/shared';
import { type FormEvent, useMemo, useState } from 'react';
import {
  addDeliveryTarget,
  meetingDeliveries,
  removeDeliveryTarget,
} from '../../api/deliveryApi.js';
import { useT } from '../../i18n/useT.js';
import { useAction } from '../../store/useAction.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { useDeliveries } from '../../ui/useDeliveries.js';
import { useDeliveryStateText } from '../../ui/useDeliveryStateText.js';

/**
 * A one-off meeting's facilitator enters the addresses the minutes go to (a mailing list, people
 * who could not come): sent when the meeting ends, or at once when it has ended. Shown only where
 * the server sends mail.
 */
export const MinutesByMail = ({
  meetingId,
  facilitatorKey,
}: {
  meetingId: string;
  facilitatorKey: string;
}) => {
  const t = useT();
  const endpoint = useMemo(
    () => meetingDeliveries(meetingId, facilitatorKey),
    [meetingId, facilitatorKey],
  );
  const { loaded, reload } = useDeliveries(endpoint);
  const stateText = useDeliveryStateText();
  const [address, setAddress] = useState('');
  const add = useAction((target: AddDeliveryTarget) => addDeliveryTarget(endpoint, target));
  const remove = useAction((targetId: string) => removeDeliveryTarget(endpoint, targetId));

  if (loaded.state !== 'loaded' || !loaded.overview.mail) return null;
  const { targets, deliveries } = loaded.overview;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.run({ channel: Channel.Email, address: address.trim() })) {
      setAddress('');
      await reload();
    }
  };
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
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('delivery.emailAddress')}
          value={address}
          onChange={setAddress}
          required
          maxLength={254}
          autoComplete="email"
        />
        <div>
          <button type="submit" className="button secondary small" disabled={add.pending}>
            {t('delivery.add')}
          </button>
        </div>
        <ErrorText code={add.error} />
      </form>
    </section>
  );
};
