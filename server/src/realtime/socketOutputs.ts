/**
 * Where a meeting's committed changes go, as messages on sockets. Public patches go to the meeting
 * room on every node (through the Redis adapter when there are several); private views straight to
 * the viewer's sockets on this node, and presence to this node's part of the room: every node sends
 * its own sockets those, on one node as in a cluster, so nothing arrives twice and a list from
 * another node can never arrive after a newer one. Presence is paced (`presenceThrottle.ts`) and
 * never stored. It is not sent `volatile`: Socket.IO drops a volatile message whenever the socket
 * is still writing, which is exactly when a join's patch went out a moment before, so the online
 * list would go stale.
 */
import type { ServerMessage } from '@percolate/shared';
import type { MeetingOutputs } from '../meetings/meetingOutputs.js';
import { presenceThrottle } from './presenceThrottle.js';
import { meetingRoom } from './rooms.js';
import type { MeetingServer } from './types.js';

export const socketOutputs = (io: MeetingServer): Pick<MeetingOutputs, 'runtime' | 'removed'> => {
  const toRoom = (meetingId: string, message: ServerMessage) =>
    io.to(meetingRoom(meetingId)).emit('message', message);
  const toRoomHere = (meetingId: string, message: ServerMessage) =>
    io.local.to(meetingRoom(meetingId)).emit('message', message);
  const presence = presenceThrottle((meetingId, online) =>
    toRoomHere(meetingId, { type: 'presence', online }),
  );
  const runtime: MeetingOutputs['runtime'] = {
    patch: (meetingId, patch) => toRoom(meetingId, { type: 'patch', patch }),
    privateView: (_meetingId, socketIds, { seq, me }) => {
      const message: ServerMessage = { type: 'private', seq, me };
      for (const id of socketIds) io.sockets.sockets.get(id)?.emit('message', message);
    },
    presence: presence.changed,
    patchesHere: (meetingId, patches) => {
      for (const patch of patches) toRoomHere(meetingId, { type: 'patch', patch });
    },
  };
  return {
    runtime,
    // Their reconnect then finds no meeting, which the client shows as such (on every node).
    removed: (meetingId) => io.in(meetingRoom(meetingId)).disconnectSockets(true),
  };
};
