/**
 * Who may read a meeting's minutes over REST, from the `Authorization: Bearer <secret>` header:
 * the facilitator (their key, any format) or a reader holding a live read-only link (the minutes,
 * not the raw log). Secrets are compared as sha256 hashes in constant time.
 */
import { type MeetingEvent, type MinutesFormat, replay } from '@percolate/shared';
import { secretMatchesHash } from '../secrets.js';
import type { EventStore } from '../store/types.js';

export const MinutesReader = {
  Facilitator: 'facilitator',
  LinkHolder: 'linkHolder',
} as const;
export type MinutesReader = (typeof MinutesReader)[keyof typeof MinutesReader];

/** Who holds this secret for the meeting whose log this is; null for nobody we know. */
export type IdentifyReader = (
  meetingId: string,
  secret: string,
  events: readonly MeetingEvent[],
) => Promise<MinutesReader | null>;

/** Whether `secret` opens a live (not revoked) read-only link of this log's meeting. */
export const holdsMinutesLink = (events: readonly MeetingEvent[], secret: string): boolean =>
  Object.values(replay('', events).minutesLinks).some((link) =>
    secretMatchesHash(secret, link.secretHash),
  );

export const identifyReader =
  (store: EventStore): IdentifyReader =>
  async (meetingId, secret, events) => {
    const meeting = await store.findMeeting(meetingId);
    if (meeting && secretMatchesHash(secret, meeting.facilitatorKeyHash)) {
      return MinutesReader.Facilitator;
    }
    return holdsMinutesLink(events, secret) ? MinutesReader.LinkHolder : null;
  };

/** The JSON archive is the raw log (who placed which dot, private lines): for the facilitator. */
export const mayReadFormat = (reader: MinutesReader, format: MinutesFormat | 'model'): boolean =>
  reader === MinutesReader.Facilitator || format !== 'json';
