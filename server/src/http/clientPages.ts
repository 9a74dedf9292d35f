/**
 * The browser app: the built client (client/dist) with a fallback to index.html for the app's
 * own routes (/m/:id, …), or a small placeholder page while no client has been built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/** Paths that belong to the server, never to the app's router. */
const SERVER_PATHS = /^\/(api|socket\.io|healthz)(\/|$)/;

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
  // Vite names built assets by content hash: they never change under the same name.
  router.use(
    '/assets',
    express.static(join(clientDist, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(clientDist, { index: false }));
  router.use(
    appRoutesOnly((_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(index);
    }),
  );
  return router;
};
