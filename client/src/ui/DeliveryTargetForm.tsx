import { type AddDeliveryTarget, Channel } from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { addDeliveryTarget, type DeliveryEndpoint } from '../api/deliveryApi.js';
import { useT } from '../i18n/useT.js';
import { useAction } from '../store/useAction.js';
import { ErrorText } from './ErrorText.js';
import { TextField } from './TextField.js';

const WEBHOOK_CHANNELS = [Channel.Slack, Channel.Teams, Channel.Matrix, Channel.Json] as const;

/** Adds a mail address or a chat webhook, of the kinds the host allows (and the owner may use). */
export const DeliveryTargetForm = ({
  endpoint,
  mail,
  webhooks,
  onAdded,
}: {
  endpoint: DeliveryEndpoint;
  mail: boolean;
  webhooks: boolean;
  onAdded: () => Promise<void>;
}) => {
  const t = useT();
  const channelId = useId();
  const channels = [...(mail ? [Channel.Email] : []), ...(webhooks ? WEBHOOK_CHANNELS : [])];
  const [channel, setChannel] = useState<Channel>(channels[0] ?? Channel.Email);
  const [address, setAddress] = useState('');
  const add = useAction((target: AddDeliveryTarget) => addDeliveryTarget(endpoint, target));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = { channel, address: address.trim() } as AddDeliveryTarget;
    if (await add.run(target)) {
      setAddress('');
      await onAdded();
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      {channels.length > 1 ? (
        <div className="field">
          <label htmlFor={channelId}>{t('delivery.channel')}</label>
          <select
            id={channelId}
            value={channel}
            onChange={(event) => setChannel(event.target.value as Channel)}
          >
            {channels.map((each) => (
              <option key={each} value={each}>
                {t(`delivery.channel.${each}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TextField
        label={channel === Channel.Email ? t('delivery.emailAddress') : t('delivery.webhookUrl')}
        value={address}
        onChange={setAddress}
        required
        maxLength={2000}
        {...(channel === Channel.Email ? {} : { type: 'url' as const })}
      />
      <div>
        <button type="submit" className="button secondary small" disabled={add.pending}>
          {t('delivery.add')}
        </button>
      </div>
      <ErrorText code={add.error} />
    </form>
  );
};
