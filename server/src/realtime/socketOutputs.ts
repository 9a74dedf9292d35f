/**
 * Where a meeting's committed changes go, as messages on sockets. Public patches go to the meeting
 * room on every node (through the Redis adapter when there are several); private views straight to
 * the viewer's sockets on this node, and presence to this node's part of the room: every node sends
 * its own sockets those, on one node as in a cluster, so nothing arrives twice and a list from
 * another node can never arrive after a newer one. On one node a list rides with a patch in the
 * same packet where it can (`presenceThrottle.ts`). Presence is paced (`presenceThrottle.ts`) and
 * never stored. It is not sent `volatile`: Socket.IO drops a volatile message whenever the socket
 * is still writing, which is exactly when a join's patch went out a moment before, so the online
 * list would go stale.
 */
import type { ParticipantId, ServerMessage, ViewPatch } from '@percolate/shared';
import type { MeetingOutputs } from '../meetings/meetingOutputs.js';
import { presenceThrottle } from './presenceThrottle.js';
import { meetingRoom } from './rooms.js';
import type { MeetingServer } from './types.js';

export const socketOutputs = (
  io: MeetingServer,
  { clustered }: { clustered: boolean },
): Pick<MeetingOutputs, 'runtime' | 'removed'> => {
  const toRoom = (meetingId: string, message: ServerMessage) =>
    io.to(meetingRoom(meetingId)).emit('message', message);
  const toRoomHere = (meetingId: string, ...messages: [ServerMessage, ...ServerMessage[]]) =>
    io.local.to(meetingRoom(meetingId)).emit('message', ...messages);
  const presence = presenceThrottle((meetingId, online) =>
    toRoomHere(meetingId, { type: 'presence', online }),
  );
  /** Alone, the room is this node's: the list rides with the patch, one packet per socket. */
  const patchWithPresence = (
    meetingId: string,
    patch: ViewPatch,
    online: ParticipantId[] | null,
  ) => {
    const list = presence.ridingWith(meetingId, online ?? undefined);
    if (list) toRoomHere(meetingId, { type: 'patch', patch }, { type: 'presence', online: list });
    else toRoomHere(meetingId, { type: 'patch', patch });
  };
  /** In a cluster the patch also goes to other nodes' sockets, which never get this node's list. */
  const patchThenPresence = (
    meetingId: string,
    patch: ViewPatch,
    online: ParticipantId[] | null,
  ) => {
    toRoom(meetingId, { type: 'patch', patch });
    if (online) presence.changed(meetingId, online);
  };
  const runtime: MeetingOutputs['runtime'] = {
    patch: clustered ? patchThenPresence : patchWithPresence,
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
