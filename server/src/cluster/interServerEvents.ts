/**
 * What server nodes tell each other through the Redis adapter's `serverSideEmit`. Both messages
 * are hints: a node that misses one (Redis was briefly away) still catches up on its next
 * periodic check, when a client asks to `sync`, or when its own append meets a conflict.
 */
import { z } from 'zod';
import type { AudienceMove } from '../meetings/audienceMoves.js';

export interface InterServerEvents {
  /**
   * A node committed a meeting's log up to `seq` (its public patch went out just before), moving
   * these viewers between audiences (`audienceMoves.ts`; empty mostly).
   */
  'meeting:advanced': (meetingId: string, seq: number, moves: readonly AudienceMove[]) => void;
  /**
   * A node that was cut off from Redis is back and its meeting's log stands at `seq`: what it
   * committed meanwhile reached nobody else, patches included.
   */
  'meeting:resync': (meetingId: string, seq: number) => void;
  /** Who is connected to a meeting changed on the sending node. */
  'presence:changed': (meetingId: string) => void;
}

export const meetingIdSchema = z.string().min(1).max(64);
export const seqSchema = z.number().int().min(0);

const tokenHashes = z.array(z.string().max(128)).max(10_000);

export const audienceMovesSchema = z
  .array(
    z.object({
      movers: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('viewers'), tokenHashes }),
        z.object({ kind: z.literal('guests'), participantTokens: tokenHashes }),
      ]),
      to: z.string().min(1).max(128),
    }),
  )
  .max(1_000);
