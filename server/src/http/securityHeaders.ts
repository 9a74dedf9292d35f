/**
 * Security headers with a strict Content Security Policy: everything from our own origin, no
 * inline scripts or styles, no third parties. Sockets connect to the same origin ('self' covers
 * ws:/wss: of it; PUBLIC_URL's socket origin is listed too for older browsers).
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config.js';

const socketOrigin = (publicUrl: string | null): string[] => {
  if (!publicUrl) return [];
  try {
    const url = new URL(publicUrl);
    return [`${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`];
  } catch {
    return [];
  }
};

export const securityHeaders = (config: Pick<AppConfig, 'publicUrl'>): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...socketOrigin(config.publicUrl)],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
