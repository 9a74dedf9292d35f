/**
 * The Socket.IO rooms of a meeting: everyone in it (presence, removal), and one room per audience
 * (public patches: while tables run, a table's detail goes to its own room only). Private views go
 * straight to a viewer's sockets.
 */
import type { AudienceKey } from '@percolate/shared';

export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;

export const audienceRoom = (meetingId: string, audience: AudienceKey): string =>
  `m:${meetingId}:${audience}`;
