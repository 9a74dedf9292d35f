import type { Command, CommandAck } from '@percolate/shared';

export interface RetryPolicy {
  attempts: number;
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, timeoutMs: 8_000 };

/**
 * Sends a command until it is acknowledged, always with the SAME id: the server answers a
 * repeated id with its first answer, so a retry never applies a command twice.
 */
export const sendWithRetry = async (
  emit: (command: Command, timeoutMs: number) => Promise<CommandAck>,
  command: Command,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<CommandAck> => {
  let lastError: unknown = new Error('not sent');
  for (let attempt = 0; attempt < policy.attempts; attempt += 1) {
    try {
      return await emit(command, policy.timeoutMs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
};
