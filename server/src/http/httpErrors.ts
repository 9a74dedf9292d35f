/** Error answers of the REST API: `{ error: { code, message } }` with a fitting status. */
import { type DomainError, domainError, ErrorCode } from '@percolate/shared';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

export const sendError = (res: Response, status: number, error: DomainError): void => {
  res.status(status).json({ error });
};

/** Unknown /api paths answer in JSON, not with the client's index.html. */
export const apiNotFound: RequestHandler = (_req, res) => {
  sendError(res, 404, domainError(ErrorCode.InvalidPayload, 'no such API route'));
};

/** body-parser marks its errors with a `type`; everything else is our fault. */
const bodyErrorType = (error: unknown): string | undefined =>
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
    logger.error('request failed', { method: req.method, path: req.path, error });
    sendError(res, 500, domainError(ErrorCode.Internal, 'something went wrong on the server'));
  };
