import { DEFAULT_SETTINGS, LIMITS, type Settings } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { createMeeting } from '../../api/meetingsApi.js';
import { pendingJoin } from '../../app/pendingJoin.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAppStore } from '../../store/StoreContext.js';
import { browserTimeZone } from '../../ui/browserTimeZone.js';
import { MeetingSettingsFields } from '../../ui/MeetingSettingsFields.js';
import { TextField } from '../../ui/TextField.js';
import { TitleFields } from '../../ui/TitleFields.js';
import { initialWhen, scheduleOf, WhenFields } from '../../ui/WhenFields.js';
import { CreationCodeField } from './CreationCodeField.js';
import { useCreateAndOpen } from './useCreateAndOpen.js';

export const CreateMeetingForm = () => {
  const t = useT();
  const locale = useAppStore((state) => state.locale);
  const [title, setTitle] = useState('');
  const [name, setName] = useState(persistence.displayName);
  const [settings, setSettings] = useState<Settings>(() => ({
    ...DEFAULT_SETTINGS,
    locale,
    timeZone: browserTimeZone(),
  }));
  const [when, setWhen] = useState(() => initialWhen(null));
  const { createAndOpen, failure, busy } = useCreateAndOpen();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void createAndOpen(async () => {
      const schedule = scheduleOf(when);
      const created = await createMeeting(title.trim(), settings, schedule);
      persistence.saveShareInfo(created);
      persistence.saveDisplayName(name.trim());
      if (name.trim()) pendingJoin.set(created.id, name.trim());
      return created.facilitatorUrl;
    });
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t('home.createTitle')}</h2>
      <TitleFields
        of="meeting"
        placeholder={t('home.meetingTitlePlaceholder')}
        title={title}
        onTitleChange={setTitle}
      />
      <TextField
        label={t('join.displayName')}
        value={name}
        onChange={setName}
        maxLength={LIMITS.name}
        autoComplete="nickname"
        required
      />
      <MeetingSettingsFields settings={settings} onChange={setSettings} />
      <details className="advanced">
        <summary>{t('home.when')}</summary>
        <div className="advanced-body stack">
          <p className="muted small">{t('home.whenHint')}</p>
          <WhenFields when={when} onChange={setWhen} optional />
        </div>
      </details>
      <CreationCodeField />
      <p className="error-text" role="alert" hidden={failure === null}>
        {failure ? t(`api.${failure}`) : null}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  );
};
