/** Who the sender of a community command is, and the refusal for non-organisers. */
import { domainError, ErrorCode } from '../domain/errors.js';
import type { CommunityActor, CommunityMember, CommunityState } from './model.js';

/** The active member the actor's token belongs to, if any. */
export const memberOf = (
  state: CommunityState,
  actor: CommunityActor,
): CommunityMember | undefined =>
  actor.tokenHash === null
    ? undefined
    : state.members.find((member) => !member.left && member.tokenHash === actor.tokenHash);

export const activeMember = (
  state: CommunityState,
  memberId: string,
): CommunityMember | undefined =>
  state.members.find((member) => member.id === memberId && !member.left);

export const forbidden = (what: string) =>
  domainError(ErrorCode.Forbidden, `only organisers may ${what}`);
