/**
 * The handshake: the protocol version, the meeting, the browser's participant token and
 * (optionally) the facilitator key. Refusals carry a HandshakeError code as the connect_error's
 * message, so the client can say "please reload" or "no such meeting".
 */
import { HandshakeError, PROTOCOL_VERSION } from '@percolate/shared';
import { z } from 'zod';
import { type FindMeetingCommunity, holdsCommunityKey } from '../communities/meetingCommunity.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { secretMatchesHash, sha256Hex } from '../secrets.js';

/** What a connected socket carries: who it is and where it belongs. */
export interface SocketData {
  meetingId: string;
  tokenHash: string;
  hasFacilitatorKey: boolean;
  /** The sequence a reconnecting client already has; null → send it a snapshot. */
  resumeFrom: number | null;
}

/** ≥ 21 characters: a nanoid's 126 bits. */
const MIN_TOKEN_LENGTH = 21;
const MAX_SECRET_LENGTH = 256;

const meetingIdSchema = z.string().min(1).max(64);
const credentialsSchema = z.object({
  token: z.string().min(MIN_TOKEN_LENGTH).max(MAX_SECRET_LENGTH),
  facilitatorKey: z.string().max(MAX_SECRET_LENGTH).optional(),
  memberToken: z.string().max(MAX_SECRET_LENGTH).optional(),
  since: z.number().int().min(0).optional(),
});

export type HandshakeResult = { ok: true; data: SocketData } | { ok: false; error: HandshakeError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const authenticate = async (
  auth: unknown,
  meetings: MeetingService,
  findCommunity: FindMeetingCommunity = async () => null,
): Promise<HandshakeResult> => {
  if (!isRecord(auth) || auth.protocol !== PROTOCOL_VERSION) {
    return { ok: false, error: HandshakeError.ProtocolMismatch };
  }
  const meetingId = meetingIdSchema.safeParse(auth.meetingId);
  const runtime = meetingId.success ? await meetings.open(meetingId.data) : null;
  if (!runtime) return { ok: false, error: HandshakeError.MeetingNotFound };
  const credentials = credentialsSchema.safeParse({
    token: auth.token,
    facilitatorKey: auth.facilitatorKey,
    memberToken: auth.memberToken,
    since: auth.since,
  });
  if (!credentials.success) return { ok: false, error: HandshakeError.BadAuth };
  const { token, facilitatorKey, memberToken, since } = credentials.data;
  const holdsOwnKey =
    facilitatorKey !== undefined &&
    secretMatchesHash(facilitatorKey, runtime.record.facilitatorKeyHash);
  const community =
    holdsOwnKey || (facilitatorKey === undefined && memberToken === undefined)
      ? null
      : await findCommunity(runtime.record);
  return {
    ok: true,
    data: {
      meetingId: runtime.id,
      tokenHash: sha256Hex(token),
      hasFacilitatorKey:
        holdsOwnKey ||
        (community !== null && holdsCommunityKey(community, { key: facilitatorKey, memberToken })),
      resumeFrom: since ?? null,
    },
  };
};
