import { LOCALES } from '../i18n/locale.js';
import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/StoreContext.js';
import { BellIcon, MoonIcon, SunIcon } from './icons.js';
import { useEffectiveTheme } from './useEffectiveTheme.js';

const LANGUAGE_NAMES = { de: 'Deutsch', en: 'English' } as const;

export const LanguageSwitch = () => {
  const t = useT();
  const locale = useAppStore((state) => state.locale);
  const setLocale = useAppStore((state) => state.setLocale);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('prefs.language')}</legend>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={locale === code}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
          <span className="visually-hidden"> {LANGUAGE_NAMES[code]}</span>
        </button>
      ))}
    </fieldset>
  );
};

export const ThemeToggle = () => {
  const t = useT();
  const setTheme = useAppStore((state) => state.setTheme);
  const effective = useEffectiveTheme();
  const next = effective === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="button ghost icon" onClick={() => setTheme(next)}>
      {effective === 'dark' ? <SunIcon /> : <MoonIcon />}
      <span className="visually-hidden">
        {t(next === 'dark' ? 'prefs.darkTheme' : 'prefs.lightTheme')}
      </span>
    </button>
  );
};

export const SoundToggle = () => {
  const t = useT();
  const sound = useAppStore((state) => state.sound);
  const setSound = useAppStore((state) => state.setSound);
  return (
    <button
      type="button"
      className="button ghost icon"
      aria-pressed={sound}
      onClick={() => setSound(!sound)}
    >
      <BellIcon off={!sound} />
      <span className="visually-hidden">{t('prefs.sound')}</span>
    </button>
  );
};
