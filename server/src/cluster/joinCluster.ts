/**
 * Makes this node one of several behind a load balancer, sharing one store (PostgreSQL) and one
 * Redis:
 * - the Socket.IO Redis adapter fans every broadcast out to the sockets of all nodes;
 * - after each commit the node tells the others, which load the new events from the store (the
 *   store, not the message, is the truth: a missed message only delays a node, and its next
 *   append would meet a sequence conflict and catch up anyway);
 * - presence is asked across nodes, so every node's timers (discussion expiry, facilitator
 *   failover) decide with the whole meeting in view. Every node that has a meeting in memory
 *   arms its timers; the expected sequence number lets only one expiry be appended.
 * - periodically every node re-asks who is connected and catches up with the store for each
 *   meeting it holds: that notices a node that died, and any message that was lost.
 * - when Redis comes back after an outage, every node announces where each meeting it holds
 *   stands and catches up with the store at once: the two together bring every node's sockets to
 *   the store's sequence whichever node reconnects first (what a node commits while it alone is
 *   still cut off reaches the others by its announcement when it reconnects).
 */
import { type FanOut, fanOut } from '../fanOut.js';
import type { Logger } from '../logger.js';
import type { MeetingService } from '../meetings/meetingService.js';
import type { ClusterPeers } from '../meetings/peers.js';
import type { MeetingServer } from '../realtime/types.js';
import { ClusterPresence } from './clusterPresence.js';
import { audienceMovesSchema, meetingIdSchema, seqSchema } from './interServerEvents.js';
import { connectRedis, type RedisLink } from './redisLink.js';

export interface ClusterOptions {
  redisUrl: string;
  /** Prefix of every Redis channel (one per deployment). */
  keyPrefix: string;
  /** How often each node re-checks presence and the store for the meetings it holds. */
  checkEveryMs: number;
  logger: Logger;
}

/** Redis, connected before the application is built: a node does not listen until Redis answers. */
export interface ClusterLink {
  adapter: RedisLink['adapter'];
  /** Both Redis connections are back after an outage. */
  returned: FanOut<[]>;
  options: ClusterOptions;
  /** Whether this node's Redis connections are up (for readiness). */
  redisReady(): boolean;
  /** Closes the Redis connections; call after the application closed. */
  close(): Promise<void>;
}

export const connectCluster = async (options: ClusterOptions): Promise<ClusterLink> => {
  const { redisUrl, keyPrefix, logger } = options;
  const returned = fanOut<[]>();
  const redis = await connectRedis({ url: redisUrl, keyPrefix, logger, onReturn: returned.tell });
  return {
    adapter: redis.adapter,
    returned,
    options,
    redisReady: () => redis.isReady(),
    close: () => redis.close(),
  };
};

export interface ClusterNode {
  /** What this node's meetings tell the others (given to the meeting service when it is built). */
  peers: ClusterPeers;
  /** Hears the others for these meetings and checks on them periodically; returns the stop. */
  follow(meetings: MeetingService): () => void;
}

/** Makes the Socket.IO server one of the cluster's. */
export const joinCluster = (io: MeetingServer, link: ClusterLink): ClusterNode => {
  const { keyPrefix, checkEveryMs, logger } = link.options;
  io.adapter(link.adapter);
  const presenceHere = fanOut<[meetingId: string]>();
  const peers: ClusterPeers = {
    present: true,
    committed: (meetingId, seq, moves) =>
      io.serverSideEmit('meeting:advanced', meetingId, seq, moves),
    presenceChanged: (meetingId) => {
      io.serverSideEmit('presence:changed', meetingId);
      presenceHere.tell(meetingId);
    },
  };

  const follow = (meetings: MeetingService) => {
    const presence = new ClusterPresence(io, meetings, logger);
    presenceHere.listen((meetingId) => presence.refresh(meetingId));
    const catchUpAll = () => {
      for (const runtime of meetings.allLoaded()) {
        presence.refresh(runtime.id);
        void runtime.refresh();
      }
    };
    link.returned.listen(() => {
      for (const runtime of meetings.allLoaded()) {
        io.serverSideEmit('meeting:resync', runtime.id, runtime.seq);
      }
      catchUpAll();
    });

    const advanced = (relayed: boolean) => (meetingId: unknown, seq: unknown, moves?: unknown) => {
      const id = meetingIdSchema.safeParse(meetingId);
      const to = seqSchema.safeParse(seq);
      // A resync names no moves: what the node committed while cut off reached nobody's rooms.
      const moved = audienceMovesSchema.safeParse(relayed ? moves : []);
      if (id.success && to.success && moved.success) {
        meetings.loaded(id.data)?.advanceTo(to.data, relayed, moved.data);
      }
    };
    io.on('meeting:advanced', advanced(true));
    io.on('meeting:resync', advanced(false));
    io.on('presence:changed', (meetingId: unknown) => {
      const id = meetingIdSchema.safeParse(meetingId);
      if (id.success) presence.refresh(id.data);
    });

    const check = setInterval(catchUpAll, checkEveryMs);
    check.unref();
    logger.info('joined the cluster', { keyPrefix });
    return () => clearInterval(check);
  };

  return { peers, follow };
};
