import type { StateCreator } from 'zustand';
import { detectLocale, isLocale, type Locale } from '../i18n/locale.js';
import { rememberLocaleForServer } from '../i18n/localeCookie.js';
import { persistence } from './persistence.js';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const isTheme = (value: unknown): value is Theme =>
  typeof value === 'string' && (THEMES as readonly string[]).includes(value);

export interface PreferencesSlice {
  locale: Locale;
  theme: Theme;
  /** A beep when a timer runs out; off unless the person turns it on. */
  sound: boolean;
  /** Single-key shortcuts; a person who trips over them turns them off in the `?` dialog. */
  shortcuts: boolean;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setSound(on: boolean): void;
  setShortcuts(on: boolean): void;
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);

export const initialPreferences = (): Pick<
  PreferencesSlice,
  'locale' | 'theme' | 'sound' | 'shortcuts'
> => {
  const locale = persistence.preference('locale');
  const theme = persistence.preference('theme');
  // A choice made before the server read the cookie reaches it from the next page on.
  if (isLocale(locale)) rememberLocaleForServer(locale);
  return {
    locale: isLocale(locale) ? locale : detectLocale(browserLanguages()),
    theme: isTheme(theme) ? theme : 'system',
    sound: persistence.preference('sound') === 'on',
    shortcuts: persistence.preference('shortcuts') !== 'off',
  };
};

export const createPreferencesSlice: StateCreator<PreferencesSlice> = (set) => ({
  ...initialPreferences(),
  setLocale: (locale) => {
    persistence.savePreference('locale', locale);
    rememberLocaleForServer(locale);
    set({ locale });
  },
  setTheme: (theme) => {
    persistence.savePreference('theme', theme);
    set({ theme });
  },
  setSound: (sound) => {
    persistence.savePreference('sound', sound ? 'on' : 'off');
    set({ sound });
  },
  setShortcuts: (shortcuts) => {
    persistence.savePreference('shortcuts', shortcuts ? 'on' : 'off');
    set({ shortcuts });
  },
});
