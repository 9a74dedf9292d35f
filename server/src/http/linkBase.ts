/**
 * Where the links the server hands out (join, facilitator, invite, organiser, read-only minutes,
 * the calendar's URL) point to. PUBLIC_URL when set; otherwise the request's own host, but only a
 * host the admin listed in ALLOWED_ORIGINS or a loopback one (a newcomer's `npm start`). Any other
 * Host header could be anyone's, and a link built from it could end up in a shared cache or a
 * calendar; such requests get links relative to the page (the browser resolves them against its
 * own address) and a calendar without a URL.
 */
import type { Request } from 'express';
import type { AppConfig } from '../config.js';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** The absolute base of links for this request, or '' for links relative to the page. */
export const linkBase = (
  req: Request,
  { publicUrl, allowedOrigins }: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>,
): string => {
  if (publicUrl !== null) return publicUrl.replace(/\/+$/, '');
  const host = req.get('host') ?? '';
  const origin = `${req.protocol}://${host}`;
  return LOOPBACK.test(host) || allowedOrigins.some((url) => originOf(url) === origin)
    ? origin
    : '';
};
