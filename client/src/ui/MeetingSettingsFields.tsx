import { LIMITS, type Settings } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { CheckboxField } from './CheckboxField.js';
import { NumberField } from './NumberField.js';
import { SelectField, type SelectOption } from './SelectField.js';
import { TextField } from './TextField.js';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Shown under the minutes per topic, e.g. that a change applies from the next topic. */
  timeboxHint?: string;
}

const LANGUAGES: readonly SelectOption[] = [
  { value: 'de', label: 'Deutsch', lang: 'de' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Every zone this browser knows, with the meeting's own first should the browser not list it. */
const timeZones = (current: string): SelectOption[] => {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = known.includes(current) ? known : [current, ...known];
  return zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
};

const parseMinutesList = (raw: string): number[] =>
  raw
    .split(/[,;\s]+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= LIMITS.maxTimeboxMinutes)
    .slice(0, LIMITS.maxExtensions);

/** The everyday settings in sight, the rest folded away under "More settings". */
export const MeetingSettingsFields = ({ settings, onChange, timeboxHint }: Props) => {
  const t = useT();
  const [extensions, setExtensions] = useState(settings.extensionMinutes.join(', '));
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange({ ...settings, [key]: value });

  return (
    <>
      <div className="field-row">
        <NumberField
          label={t('settings.dotsPerPerson')}
          value={settings.dotsPerPerson}
          min={1}
          max={LIMITS.maxDotsPerPerson}
          onChange={(n) => set('dotsPerPerson', n ?? 1)}
        />
        <NumberField
          label={t('settings.timeboxMinutes')}
          hint={timeboxHint}
          value={settings.timeboxMinutes}
          min={1}
          max={LIMITS.maxTimeboxMinutes}
          onChange={(n) => set('timeboxMinutes', n ?? 1)}
        />
      </div>
      <details className="advanced">
        <summary>{t('settings.more')}</summary>
        <div className="advanced-body">
          <NumberField
            label={t('settings.maxDotsPerTopic')}
            value={settings.maxDotsPerTopic}
            min={1}
            max={LIMITS.maxDotsPerPerson}
            onChange={(n) => set('maxDotsPerTopic', n ?? 1)}
          />
          <TextField
            label={t('settings.extensionMinutes')}
            hint={t('settings.extensionMinutesHint')}
            value={extensions}
            onChange={(raw) => {
              setExtensions(raw);
              set('extensionMinutes', parseMinutesList(raw));
            }}
          />
          <NumberField
            label={t('settings.checkinSeconds')}
            hint={t('settings.checkinSecondsHint')}
            optional
            value={settings.checkinSecondsPerPerson}
            min={10}
            max={LIMITS.maxCheckinSeconds}
            onChange={(n) => set('checkinSecondsPerPerson', n)}
          />
          <CheckboxField
            label={t('settings.hiddenVotes')}
            hint={t('settings.hiddenVotesHint')}
            checked={settings.hiddenVotes}
            onChange={(v) => set('hiddenVotes', v)}
          />
          <CheckboxField
            label={t('settings.preVoting')}
            hint={t('settings.preVotingHint')}
            checked={settings.preVoting}
            onChange={(v) => set('preVoting', v)}
          />
          <CheckboxField
            label={t('settings.anonymousTopics')}
            checked={settings.anonymousTopics}
            onChange={(v) => set('anonymousTopics', v)}
          />
          <CheckboxField
            label={t('settings.openNotes')}
            hint={t('settings.openNotesHint')}
            checked={settings.openNotes}
            onChange={(v) => set('openNotes', v)}
          />
          <SelectField
            label={t('settings.minutesLanguage')}
            value={settings.locale}
            options={LANGUAGES}
            onChange={(locale) => set('locale', locale === 'en' ? 'en' : 'de')}
          />
          <SelectField
            label={t('settings.timeZone')}
            value={settings.timeZone}
            options={timeZones(settings.timeZone)}
            onChange={(zone) => set('timeZone', zone)}
          />
        </div>
      </details>
    </>
  );
};
