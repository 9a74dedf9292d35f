/**
 * Where a meeting's committed changes go out on the sockets. Public patches go to the meeting
 * room on every node (through the Redis adapter when there are several); private views straight
 * to the viewer's sockets on this node, and presence to this node's part of the room: every node
 * sends its own sockets those, so nothing arrives twice. On a single node a join's patch carries
 * the online list itself, paced like presence in big rooms (`presenceThrottle.ts`). Presence is
 * never stored. Presence is not sent `volatile`: Socket.IO drops a volatile message whenever the
 * socket is still writing, which is exactly when a join's patch went out a moment before, so the
 * online list would go stale.
 */
import type { MeetingOutputs } from '../meetings/meetingOutputs.js';
import { presenceThrottle } from './presenceThrottle.js';
import { meetingRoom } from './rooms.js';
import type { MeetingServer } from './types.js';

export const socketOutputs = (io: MeetingServer): Pick<MeetingOutputs, 'runtime' | 'removed'> => {
  const presence = presenceThrottle((meetingId, online) =>
    io.local.to(meetingRoom(meetingId)).emit('presence:changed', { online }),
  );
  return {
    runtime: {
      patch: (meetingId, patch, online) => {
        const room = io.to(meetingRoom(meetingId));
        if (online && presence.ride(meetingId, online)) room.emit('meeting:patch', patch, online);
        else room.emit('meeting:patch', patch);
      },
      privateView: (_meetingId, socketIds, payload) => {
        for (const id of socketIds) io.sockets.sockets.get(id)?.emit('meeting:private', payload);
      },
      presence: presence.changed,
      patchesHere: (meetingId, patches) => {
        const here = io.local.to(meetingRoom(meetingId));
        for (const patch of patches) here.emit('meeting:patch', patch);
      },
    },
    // Their reconnect then finds no meeting, which the client shows as such (on every node).
    removed: (meetingId) => io.in(meetingRoom(meetingId)).disconnectSockets(true),
  };
};
