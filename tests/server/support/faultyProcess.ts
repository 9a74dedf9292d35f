/**
 * A process with the server's guard that lets promises reject unhandled (three of one kind, one of
 * another), says it is still alive, and then throws if asked to (`throw` as its argument).
 */
import { createLogger } from '../../../server/src/logger.js';
import { guardProcess } from '../../../server/src/processGuard.js';

class SocketClosedUnexpectedlyError extends Error {
  override name = 'SocketClosedUnexpectedlyError';
}

guardProcess(createLogger('info'), (code) => process.exit(code));
for (let i = 0; i < 3; i += 1)
  void Promise.reject(new SocketClosedUnexpectedlyError(`closed ${i}`));
void Promise.reject(new Error('Connection terminated unexpectedly'));
setTimeout(() => {
  process.stdout.write('still alive\n');
  if (process.argv.includes('throw')) throw new Error('half-done');
}, 100);
