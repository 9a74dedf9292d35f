import { newMeetingSettings, type Settings } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MeetingSettingsFields } from '../../ui/MeetingSettingsFields.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';

/** Organisers set what every meeting they schedule starts with: language, time zone, rules. */
export const MeetingDefaultsSection = () => {
  const t = useT();
  const { meetingDefaults } = useCommunityView();
  const save = useCommunityCommand();
  const [draft, setDraft] = useState<Settings>(() => newMeetingSettings(meetingDefaults));
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (await save.run({ type: 'defaults:set', settings: draft })) setSaved(true);
  };

  return (
    <details className="card advanced" aria-labelledby="defaults-heading">
      <summary>
        <h2 id="defaults-heading">{t('community.defaultsTitle')}</h2>
      </summary>
      <form className="stack advanced-body" onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('community.defaultsIntro')}</p>
        <MeetingSettingsFields settings={draft} onChange={setDraft} />
        <ErrorText code={save.error} />
        <p role="status" className="muted small">
          {saved ? t('community.defaultsSaved') : ''}
        </p>
        <div>
          <button type="submit" className="button primary" disabled={save.pending}>
            {t('community.defaultsSave')}
          </button>
        </div>
      </form>
    </details>
  );
};
