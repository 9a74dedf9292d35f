/**
 * Short plain-text answers for paths nobody serves (an old page's script after a deploy, a
 * scanner's guesses): the right status, nothing cached, nothing logged.
 */
import type { RequestHandler } from 'express';

export const pathNotFound: RequestHandler = (_req, res) => {
  // A later deploy may bring this name: no cache may keep the 404.
  res.status(404).set('Cache-Control', 'no-store').type('text').send('Not found');
};

/** A path with broken percent-encoding (`/%ZZ`) names nothing: 400 before anything decodes it. */
export const refuseMalformedPath: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    res.status(400).set('Cache-Control', 'no-store').type('text').send('Bad request');
    return;
  }
  next();
};
