/**
 * The app's index.html with `<html lang>` set for this visitor before any script runs: the language
 * they chose (the locale cookie the client writes), else the best of Accept-Language, else English.
 * Never cached without asking (`no-cache`): it names the current deploy's hashed assets.
 */
import { readFile } from 'node:fs/promises';
import { isLocale, LOCALE_COOKIE, LOCALES, type Locale } from '@percolate/shared';
import type { Request, RequestHandler } from 'express';

const COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const FALLBACK_LOCALE: Locale = 'en';

export const pageLocale = (req: Request): Locale => {
  const chosen = req.headers.cookie?.match(COOKIE_PATTERN)?.[1];
  if (isLocale(chosen)) return chosen;
  if (!req.headers['accept-language']) return FALLBACK_LOCALE;
  const accepted = req.acceptsLanguages(...LOCALES);
  return isLocale(accepted) ? accepted : FALLBACK_LOCALE;
};

const withLang = (html: string, locale: Locale): string =>
  html.replace(/(<html\b[^>]*?\slang=")[^"]*"/i, `$1${locale}"`);

/** Read on each request (a small file in the page cache), so a rebuilt client is served at once. */
export const indexPage =
  (indexFile: string): RequestHandler =>
  async (req, res, next) => {
    try {
      const html = await readFile(indexFile, 'utf8');
      res
        .set('Cache-Control', 'no-cache')
        .vary('Accept-Language')
        .vary('Cookie')
        .type('html')
        .send(withLang(html, pageLocale(req)));
    } catch (error) {
      next(error);
    }
  };
