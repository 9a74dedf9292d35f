/** Turns whatever arrived on the `command` event into a valid Command, or says why not. */
import {
  COMMAND_TYPES,
  type Command,
  commandSchema,
  type DomainError,
  domainError,
  ErrorCode,
  SYSTEM_COMMAND_TYPES,
} from '@percolate/shared';

const KNOWN_TYPES: ReadonlySet<string> = new Set(COMMAND_TYPES);
const SERVER_ONLY_TYPES: ReadonlySet<string> = new Set(SYSTEM_COMMAND_TYPES);
const MAX_MESSAGE_LENGTH = 200;

export const parseCommand = (payload: unknown): Command | DomainError => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return domainError(ErrorCode.InvalidPayload, 'a command is an object');
  }
  const type: unknown = Object.hasOwn(payload, 'type')
    ? (payload as { type: unknown }).type
    : undefined;
  if (typeof type !== 'string') return domainError(ErrorCode.InvalidPayload, 'missing type');
  if (SERVER_ONLY_TYPES.has(type)) {
    return domainError(ErrorCode.Forbidden, `${type} is issued by the server only`);
  }
  if (!KNOWN_TYPES.has(type)) {
    return domainError(ErrorCode.UnknownCommand, `unknown command: ${type.slice(0, 64)}`);
  }
  const parsed = commandSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join('.') || type;
  const message = `${where}: ${issue?.message ?? 'invalid'}`.slice(0, MAX_MESSAGE_LENGTH);
  return domainError(ErrorCode.InvalidPayload, message);
};
