/**
 * Joining a community takes its invite code, sent as `X-Invite-Code` beside `member:join` (the
 * browser has it from the invite link's fragment or from the code typed on /join). The
 * community's id alone, which each of its meetings shows to every guest, lets nobody in
 * (`inviteRefusal` in shared).
 */
import { INVITE_CODE_HEADER } from '@percolate/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { normaliseJoinCode } from '../joinCode.js';
import { secretMatchesHash, sha256Hex } from '../secrets.js';
import type { CommunityRecord } from '../store/types.js';

const inviteCodeSchema = z.string().trim().min(1).max(32);

/** Whether the request carries the community's invite code, as typed or as in the link. */
export const hasInviteCode = (req: Request, record: CommunityRecord): boolean => {
  const given = inviteCodeSchema.safeParse(req.get(INVITE_CODE_HEADER));
  // Compared as hashes in constant time, like every other secret.
  return (
    given.success && secretMatchesHash(normaliseJoinCode(given.data), sha256Hex(record.inviteCode))
  );
};
