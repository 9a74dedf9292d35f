import { isLocale, type Locale } from '@percolate/shared';

export { isLocale, LOCALES, type Locale } from '@percolate/shared';

/** The first of the browser's preferred languages that we speak; English otherwise. */
export const detectLocale = (preferred: readonly string[]): Locale => {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
};

/**
 * The tag dates and lists are formatted with: the browser's own regional variant of the app's
 * language when it has one (en-GB writes "14 March 2030, 18:30", not US style), else the bare one.
 */
export const formattingLocale = (
  locale: Locale,
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): string =>
  preferred.find((tag) => tag.toLowerCase().split('-')[0] === locale && tag.includes('-')) ??
  locale;
