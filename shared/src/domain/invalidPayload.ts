/** The refusal of a payload that does not match its schema: where the first wrong field is, and why. */
import type { z } from 'zod';
import { type DomainError, domainError, ErrorCode } from './errors.js';

/** Long enough for a field deep in an archive (`meetings.3.events.17.text: …`). */
const MAX_MESSAGE = 200;

export const invalidPayload = (error: z.ZodError, what = 'body'): DomainError => {
  const issue = error.issues[0];
  const message = `${issue?.path.join('.') || what}: ${issue?.message ?? 'invalid'}`;
  return domainError(ErrorCode.InvalidPayload, message.slice(0, MAX_MESSAGE));
};
