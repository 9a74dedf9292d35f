import { changedSettings, type Locale, type Settings } from '@percolate/shared';
import { formatList } from '../../i18n/format.js';
import type { MessageKey, Translate } from '../../i18n/translate.js';

/** Each setting by the label the settings form gives it. */
const LABELS: Readonly<Record<keyof Settings, MessageKey>> = {
  dotsPerPerson: 'settings.dotsPerPerson',
  maxDotsPerTopic: 'settings.maxDotsPerTopic',
  hiddenVotes: 'settings.hiddenVotes',
  anonymousTopics: 'settings.anonymousTopics',
  timeboxMinutes: 'settings.timeboxMinutes',
  extensionMinutes: 'settings.extensionMinutes',
  checkinSecondsPerPerson: 'settings.checkinSeconds',
  openNotes: 'settings.openNotes',
  timeZone: 'settings.timeZone',
  locale: 'settings.minutesLanguage',
  preVoting: 'settings.preVoting',
};

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { de: 'Deutsch', en: 'English' };

const valueText = (
  key: keyof Settings,
  settings: Settings,
  t: Translate,
  locale: Locale,
): string => {
  if (key === 'locale') return LANGUAGE_NAMES[settings.locale];
  const value = settings[key];
  if (typeof value === 'boolean') return t(value ? 'settingsChanged.on' : 'settingsChanged.off');
  if (value === null) return t('settingsChanged.none');
  if (Array.isArray(value)) {
    return value.length > 0 ? formatList(value.map(String), locale) : t('settingsChanged.none');
  }
  return String(value).replaceAll('_', ' ');
};

/** "Settings changed: Minutes per topic: 5; Hide votes until revealed: on." or null. */
export const settingsChangeText = (
  before: Settings,
  after: Settings,
  t: Translate,
  locale: Locale,
): string | null => {
  const keys = changedSettings(before, after);
  if (keys.length === 0) return null;
  const changes = keys.map((key) => `${t(LABELS[key])}: ${valueText(key, after, t, locale)}`);
  return t('settingsChanged.announce', { changes: changes.join('; ') });
};
