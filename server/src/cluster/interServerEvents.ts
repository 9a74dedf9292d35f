/**
 * What server nodes tell each other through the Redis adapter's `serverSideEmit`. Both messages
 * are hints: a node that misses one (Redis was briefly away) still catches up on its next
 * periodic check, when a client asks to `sync`, or when its own append meets a conflict.
 */
import { z } from 'zod';

export interface InterServerEvents {
  /** A node committed a meeting's log up to `seq` (its public patch went out just before). */
  'meeting:advanced': (meetingId: string, seq: number) => void;
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
