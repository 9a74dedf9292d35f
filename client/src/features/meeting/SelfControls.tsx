import { LIMITS, type PublicParticipantView } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { navigate } from '../../app/router.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import './meeting.css';

/**
 * This browser's link for another device: the participant's token (and the facilitator key, if
 * held) in the fragment, which no request and no Referer carries. Opening it elsewhere continues
 * as the same person.
 */
const otherDeviceLink = (meetingId: string): string => {
  const secrets = new URLSearchParams({ as: persistence.participantToken(meetingId) });
  const key = persistence.facilitatorKey(meetingId);
  if (key) secrets.set('key', key);
  return `${window.location.origin}/m/${encodeURIComponent(meetingId)}#${secrets}`;
};

/** What one does about oneself in "Who is here": rename, another device, leave. */
export const SelfControls = ({ participant }: { participant: PublicParticipantView }) => {
  const t = useT();
  const meetingId = useAppStore((state) => state.view?.id ?? '');
  const holdsKey = useAppStore((state) => state.me?.hasFacilitatorKey ?? false);
  const rename = useCommand();
  const leave = useCommand();
  const [name, setName] = useState(participant.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed && trimmed !== participant.name) {
      void rename.run({ type: 'participant:rename', name: trimmed }).then((ok) => {
        if (ok) persistence.saveDisplayName(trimmed);
      });
    }
  };

  return (
    <div className="participant-controls stack">
      <form className="actions" onSubmit={submit}>
        <TextField
          label={t('presence.yourName')}
          value={name}
          onChange={setName}
          maxLength={LIMITS.name}
          required
        />
        <button type="submit" className="button secondary small" disabled={rename.pending}>
          {t('presence.rename')}
        </button>
      </form>
      <ErrorText code={rename.error} />
      <details className="advanced other-device">
        <summary>{t('presence.otherDevice')}</summary>
        <div className="stack advanced-body">
          <p>{t('presence.otherDeviceText')}</p>
          <p className="note">
            {t(holdsKey ? 'presence.otherDeviceKeyWarning' : 'presence.otherDeviceWarning')}
          </p>
          <div>
            <CopyButton text={otherDeviceLink(meetingId)} label={t('presence.copyOtherDevice')} />
          </div>
        </div>
      </details>
      <div>
        <ConfirmButton
          label={t('presence.leave')}
          confirmLabel={t('presence.leaveConfirm')}
          onConfirm={() =>
            void leave.run({ type: 'participant:leave' }).then((ok) => {
              if (ok) navigate('/');
            })
          }
        />
        <ErrorText code={leave.error} />
      </div>
    </div>
  );
};
