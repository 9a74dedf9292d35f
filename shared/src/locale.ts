/** The languages the app speaks. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * Carries a browser's chosen language to the server, which writes it into the first HTML's
 * `<html lang>`: right from the first paint (hyphenation, screen readers), before any script runs.
 */
export const LOCALE_COOKIE = 'percolate-locale';
