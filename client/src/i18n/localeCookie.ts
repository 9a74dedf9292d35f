import { LOCALE_COOKIE, type Locale } from '@percolate/shared';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Tells the server the chosen language, so its next page arrives with the right `<html lang>`. */
export const rememberLocaleForServer = (locale: Locale): void => {
  if (typeof document === 'undefined') return;
  const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari and older Firefox.
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax${secure}`;
};
