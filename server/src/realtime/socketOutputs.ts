/**
 * Where a meeting's committed changes go, as messages on sockets. Public patches go to each
 * audience's room on every node (through the Redis adapter when there are several), so a table's
 * detail reaches only its own room; each node puts its own sockets in their audience rooms from
 * the state it committed or followed. Private views go straight to the viewer's sockets on this
 * node, and presence to this node's part of the meeting room: every node sends its own sockets
 * those, on one node as in a cluster, so nothing arrives twice and a list from another node can
 * never arrive after a newer one. On one node a list rides with a commit's patches in the same
 * packet where it can (`presenceThrottle.ts`). Presence is paced and never stored. It is not sent
 * `volatile`: Socket.IO drops a volatile message whenever the socket is still writing, which is
 * exactly when a join's patch went out a moment before, so the online list would go stale.
 *
 * In a cluster the committing node names the viewers its commit moved in its announcement
 * (`audienceMoves.ts`): one publisher and one subscriber per node keep its patches and its
 * announcement in order, and every node moves its own sockets on hearing it (`seats.ts`), so a
 * moved socket on a node that has not followed the commit yet never gets a later patch of its old
 * audience.
 */
import type { ParticipantId, ServerMessage } from '@percolate/shared';
import { type AudiencePatches, alikePatches } from '../meetings/audiencePatches.js';
import type { MeetingOutputs } from '../meetings/meetingOutputs.js';
import { presenceThrottle } from './presenceThrottle.js';
import { audienceRoom, isAudienceRoom, meetingRoom } from './rooms.js';
import type { MeetingServer } from './types.js';

export const socketOutputs = (
  io: MeetingServer,
  { clustered }: { clustered: boolean },
): Pick<MeetingOutputs, 'runtime' | 'removed'> => {
  // A socket is in one audience room of a meeting, so an emit to several rooms reaches it once,
  // and a commit patches every audience: a list riding with the patches reaches every socket.
  const toAudiences = (
    meetingId: string,
    patches: AudiencePatches,
    here: boolean,
    online: ParticipantId[] | null = null,
  ) => {
    const presence: ServerMessage[] = online ? [{ type: 'presence', online }] : [];
    for (const { audiences, patch } of alikePatches(patches)) {
      const rooms = audiences.map((audience) => audienceRoom(meetingId, audience));
      (here ? io.local : io).to(rooms).emit('message', { type: 'patch', patch }, ...presence);
    }
  };
  const toRoomHere = (meetingId: string, message: ServerMessage) =>
    io.local.to(meetingRoom(meetingId)).emit('message', message);
  const presence = presenceThrottle((meetingId, online) =>
    toRoomHere(meetingId, { type: 'presence', online }),
  );
  /** Alone, every room is this node's: the list rides with the patches, one packet per socket. */
  const patchesWithPresence = (
    meetingId: string,
    patches: AudiencePatches,
    online: ParticipantId[] | null,
  ) => toAudiences(meetingId, patches, true, presence.ridingWith(meetingId, online ?? undefined));
  /** In a cluster patches also go to other nodes' sockets, which never get this node's list. */
  const patchesThenPresence = (
    meetingId: string,
    patches: AudiencePatches,
    online: ParticipantId[] | null,
  ) => {
    toAudiences(meetingId, patches, false);
    if (online) presence.changed(meetingId, online);
  };
  const runtime: MeetingOutputs['runtime'] = {
    patches: clustered ? patchesThenPresence : patchesWithPresence,
    // Whatever audience room the socket is in (another node may have moved it), it leaves it.
    seat: (meetingId, socketId, { from, to }) => {
      const socket = io.sockets.sockets.get(socketId);
      if (!socket) return;
      const target = audienceRoom(meetingId, to);
      if (clustered) {
        for (const room of socket.rooms) {
          if (room !== target && isAudienceRoom(meetingId, room)) socket.leave(room);
        }
      } else if (from !== null) {
        socket.leave(audienceRoom(meetingId, from));
      }
      socket.join(target);
    },
    snapshot: (socketId, snapshot) =>
      io.sockets.sockets.get(socketId)?.emit('message', { type: 'snapshot', snapshot }),
    privateView: (_meetingId, socketIds, { seq, me }) => {
      const message: ServerMessage = { type: 'private', seq, me };
      for (const id of socketIds) io.sockets.sockets.get(id)?.emit('message', message);
    },
    presence: presence.changed,
    patchesHere: (meetingId, patches) => toAudiences(meetingId, patches, true),
  };
  return {
    runtime,
    // Their reconnect then finds no meeting, which the client shows as such (on every node).
    removed: (meetingId) => io.in(meetingRoom(meetingId)).disconnectSockets(true),
  };
};
