/** Error answers of the REST API: `{ error: { code, message } }` with a fitting status. */
import { type DomainError, domainError, ErrorCode } from '@percolate/shared';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

export const sendError = (res: Response, status: number, error: DomainError): void => {
  res.status(status).json({ error });
};

/** Unknown /api paths answer in JSON, not with the client's index.html. */
export const apiNotFound: RequestHandler = (_req, res) => {
  sendError(res, 404, domainError(ErrorCode.NotFound, 'no such API route'));
};

/**
 * The 4xx status a library attached to its error (`send` for a malformed or forbidden path, the
 * router for an undecodable parameter): the client's mistake, not ours.
 */
const CLIENT_ERROR_CODES: Record<number, ErrorCode> = {
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
};

const clientErrorStatus = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : null;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
};

/** body-parser marks its errors with a `type`; everything else is our fault. */
export const bodyErrorType = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string'
    ? error.type
    : undefined;

export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    switch (bodyErrorType(error)) {
      case 'entity.parse.failed':
        return sendError(
          res,
          400,
          domainError(ErrorCode.InvalidPayload, 'the body is not valid JSON'),
        );
      case 'entity.too.large':
        return sendError(res, 413, domainError(ErrorCode.InvalidPayload, 'the body is too large'));
      case undefined:
        break;
      default:
        return sendError(
          res,
          400,
          domainError(ErrorCode.InvalidPayload, 'the body cannot be read'),
        );
    }
    const status = clientErrorStatus(error);
    if (status !== undefined) {
      // Anyone can send these: one short line, never a stack trace, so they cannot flood the log.
      logger.debug('request refused', { method: req.method, path: req.path, status });
      const code = CLIENT_ERROR_CODES[status] ?? ErrorCode.InvalidPayload;
      return sendError(res, status, domainError(code, 'the request cannot be served'));
    }
    logger.error('request failed', { method: req.method, path: req.path, error });
    sendError(res, 500, domainError(ErrorCode.Internal, 'something went wrong on the server'));
  };
