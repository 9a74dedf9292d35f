/**
 * The built client's hashed assets (client/dist/assets): a name never changes its content, so they
 * are cached for a year as immutable, and sent precompressed (`.br`, `.gz` written beside them at
 * build time) to a browser that accepts it. Any other name under /assets is a plain 404.
 */
import { Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { pathNotFound } from './pathAnswers.js';

export const hashedAssets = (assetsDir: string): Router => {
  const router = Router();
  router.use(
    expressStaticGzip(assetsDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y', index: false, redirect: false },
    }),
  );
  router.use(pathNotFound);
  return router;
};
