import { newMeetingSettings } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MeetingSettingsFields } from '../../ui/MeetingSettingsFields.js';
import { SelectField } from '../../ui/SelectField.js';
import { TitleFields } from '../../ui/TitleFields.js';
import { initialWhen, scheduleOf, WhenFields } from '../../ui/WhenFields.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';

/** A week ahead, at four: the form's first suggestion. */
const SUGGESTED_IN_DAYS = 7;

/** Organisers schedule the next meeting; topic collection opens at once. */
export const ScheduleForm = () => {
  const t = useT();
  const community = useCommunityView();
  const schedule = useCommunityCommand();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState(() => initialWhen(SUGGESTED_IN_DAYS));
  const [settings, setSettings] = useState(() => newMeetingSettings(community.meetingDefaults));
  /** undefined until chosen (then the rotation's suggestion); '' for nobody yet. */
  const [facilitator, setFacilitator] = useState<string | undefined>(undefined);
  const [scheduled, setScheduled] = useState<string | null>(null);
  const facilitatorId = facilitator ?? community.suggestedFacilitatorId ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setScheduled(null);
    const at = scheduleOf(when);
    if (!at) return schedule.setError('INVALID_PAYLOAD');
    const done = await schedule.run({
      type: 'meeting:schedule',
      title: title.trim(),
      ...at,
      facilitatorId: facilitatorId === '' ? null : facilitatorId,
      settings,
    });
    if (done) {
      setScheduled(t('community.scheduled', { title: title.trim() }));
      setTitle('');
      setWhen({ ...when, videoUrl: '' });
      setFacilitator(undefined);
    }
  };

  return (
    <details className="advanced schedule">
      <summary>{t('community.scheduleTitle')}</summary>
      <form className="stack advanced-body" onSubmit={submit}>
        <TitleFields
          of="meeting"
          placeholder={t('community.meetingTitlePlaceholder', { name: community.name })}
          title={title}
          onTitleChange={setTitle}
        />
        <WhenFields when={when} onChange={setWhen} />
        <MeetingSettingsFields settings={settings} onChange={setSettings} />
        {community.members.length > 0 ? (
          <SelectField
            label={t('community.facilitator')}
            value={facilitatorId}
            options={[
              { value: '', label: t('community.facilitatorOpen') },
              ...community.members.map((member) => ({
                value: member.id,
                label:
                  member.id === community.suggestedFacilitatorId
                    ? t('community.facilitatorSuggested', { name: member.name })
                    : member.name,
              })),
            ]}
            onChange={setFacilitator}
          />
        ) : null}
        <ErrorText code={schedule.error} />
        <p role="status" className="muted small">
          {scheduled ?? ''}
        </p>
        <div>
          <button type="submit" className="button primary" disabled={schedule.pending}>
            {t('community.schedule')}
          </button>
        </div>
      </form>
    </details>
  );
};
