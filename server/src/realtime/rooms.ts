/**
 * The Socket.IO rooms of a meeting: everyone in it (presence, removal), and one room per audience
 * (public patches: while tables run, a table's detail goes to its own room only). Private views go
 * straight to a viewer's sockets.
 */
import type { AudienceKey } from '@percolate/shared';

/** Audience rooms only begin so: `isAudienceRoom` tells them from the others. */
const audiencePrefix = (meetingId: string): string => `m:${meetingId}:`;

export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;

export const audienceRoom = (meetingId: string, audience: AudienceKey): string =>
  `${audiencePrefix(meetingId)}${audience}`;

export const isAudienceRoom = (meetingId: string, room: string): boolean =>
  room.startsWith(audiencePrefix(meetingId));
