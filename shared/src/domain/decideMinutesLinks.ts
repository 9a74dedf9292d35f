/**
 * Read-only links to the minutes. The server issues these commands for a facilitator's REST
 * request (authorised by the facilitator key), so they pass through the log like everything else:
 * every server node learns of a new or revoked link from the store.
 */
import type { SystemCommand } from './commands.js';
import type { Decision } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';
import type { MeetingState } from './model.js';
import { lookup } from './records.js';

type MinutesLinkCommand = Extract<SystemCommand, { type: `minutesLink:${string}` }>;

const MINUTES_LINK_COMMANDS: ReadonlySet<string> = new Set<MinutesLinkCommand['type']>([
  'minutesLink:create',
  'minutesLink:revoke',
]);

/** Minutes links are handed out and revoked at any time, after the end of the meeting too. */
export const isMinutesLinkCommand = (command: { type: string }): boolean =>
  MINUTES_LINK_COMMANDS.has(command.type);

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const decideMinutesLinkCreate = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'minutesLink:create' }>,
): Decision => {
  const { linkId, secretHash } = command;
  if (linkId === '' || lookup(state.minutesLinks, linkId) || !SHA256_HEX.test(secretHash)) {
    return domainError(ErrorCode.InvalidPayload, 'a new link needs a fresh id and a sha256 hash');
  }
  if (Object.keys(state.minutesLinks).length >= LIMITS.maxMinutesLinks) {
    return domainError(ErrorCode.TooMany, 'revoke a minutes link before creating another');
  }
  return [{ type: 'minutesLink:created', linkId, secretHash }];
};

export const decideMinutesLinkRevoke = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'minutesLink:revoke' }>,
): Decision =>
  lookup(state.minutesLinks, command.linkId)
    ? [{ type: 'minutesLink:revoked', linkId: command.linkId }]
    : domainError(ErrorCode.MinutesLinkNotFound, 'no such minutes link');
