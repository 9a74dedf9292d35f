/**
 * The Socket.IO rooms of a meeting: everyone in it (presence, removal), and one room per audience
 * (public patches: while tables run, a table's detail goes to its own room only). Private views go
 * straight to a viewer's sockets. In a cluster a socket is also named for the moves another node
 * makes (`audienceMoves.ts`): by its viewer's token, or as a key holder, and by its node.
 */
import type { AudienceKey } from '@percolate/shared';

/** Audience rooms only begin so: `isAudienceRoom` tells them from the others. */
const audiencePrefix = (meetingId: string): string => `m:${meetingId}:`;

export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;

export const audienceRoom = (meetingId: string, audience: AudienceKey): string =>
  `${audiencePrefix(meetingId)}${audience}`;

export const isAudienceRoom = (meetingId: string, room: string): boolean =>
  room.startsWith(audiencePrefix(meetingId));

/** The sockets of one participant token without the facilitator key. */
export const viewerRoom = (meetingId: string, tokenHash: string): string =>
  `m:${meetingId}/viewer:${tokenHash}`;

/** The sockets holding the facilitator key (always in 'all': never moved). */
export const keyRoom = (meetingId: string): string => `m:${meetingId}/key`;

/** The meeting's sockets on one node (a node seats its own, and skips its own moves' echo). */
export const nodeRoom = (meetingId: string, nodeId: string): string =>
  `m:${meetingId}/node:${nodeId}`;
