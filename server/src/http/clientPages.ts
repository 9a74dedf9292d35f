/**
 * The browser app: the built client (client/dist) with a fallback to index.html for the app's
 * own routes (/m/:id, …), or a small placeholder page while no client has been built. A path that
 * names a file (a dot in its last segment: the app's routes have none) and is not one answers 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import { hashedAssets } from './hashedAssets.js';
import { indexPage } from './indexPage.js';
import { pathNotFound, refuseMalformedPath } from './pathAnswers.js';

/** Paths that belong to the server, never to the app's router. */
const SERVER_PATHS = /^\/(api|socket\.io|healthz)(\/|$)/;
const FILE_NAME = /\.[^/]*$/;

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Percolate</title></head>
<body>
<main>
<h1>Percolate</h1>
<p>The server is running, but the web app has not been built yet. Run <code>npm start</code>
(which builds it) or <code>npm run build</code>, then reload this page.</p>
</main>
</body>
</html>
`;

const appRoutesOnly =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) => {
    const isPageRequest = req.method === 'GET' || req.method === 'HEAD';
    if (!isPageRequest || SERVER_PATHS.test(req.path)) return next();
    handler(req, res, next);
  };

export const clientPages = (clientDist: string | null): Router => {
  const router = Router();
  const index = clientDist ? join(clientDist, 'index.html') : null;
  if (!clientDist || !index || !existsSync(index)) {
    router.use(
      appRoutesOnly((_req, res) => {
        res.status(200).type('html').set('Cache-Control', 'no-store').send(PLACEHOLDER);
      }),
    );
    return router;
  }
  router.use(appRoutesOnly(refuseMalformedPath));
  router.use('/assets', hashedAssets(join(clientDist, 'assets')));
  // robots.txt, the icon: unhashed names, so browsers check back (max-age 0) before reusing them.
  router.use(express.static(clientDist, { index: false }));
  const page = indexPage(index);
  router.use(
    appRoutesOnly((req, res, next) =>
      FILE_NAME.test(req.path) ? pathNotFound(req, res, next) : page(req, res, next),
    ),
  );
  return router;
};
