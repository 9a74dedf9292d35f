/**
 * The last line of defence against a service fault that escaped its handler. A rejected promise
 * nobody handled (a Redis or PostgreSQL client's, deep in a library) leaves this process's state
 * as it was: it is logged once per kind and the node stays up. An uncaught exception may have
 * stopped a change halfway through in memory, so the node then exits on purpose, saying why (the
 * load balancer and a restart policy take it from there; the store holds everything acknowledged).
 */
import type { Logger } from './logger.js';
import { kindOf, OncePerKind } from './oncePerKind.js';

export const guardProcess = (logger: Logger, exit: (code: number) => void): void => {
  const rejections = new OncePerKind();
  process.on('unhandledRejection', (reason) => {
    if (rejections.first(reason)) {
      logger.error(
        'unhandled rejection (the node stays up; further ones of this kind are counted)',
        {
          kind: kindOf(reason),
          error: reason,
        },
      );
    }
  });
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception: exiting, since the state in memory may be half-changed', {
      kind: kindOf(error),
      error,
      earlierRejections: rejections.counts(),
    });
    exit(1);
  });
};
