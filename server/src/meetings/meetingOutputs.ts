/** Where the meeting service's news goes, given when it is built. */
import type { MeetingEvent } from '@percolate/shared';
import type { MeetingRecord } from '../store/types.js';
import type { RuntimeOutput } from './audience.js';
import { type ClusterPeers, NO_PEERS } from './peers.js';

export type MeetingCommitted = (record: MeetingRecord, events: readonly MeetingEvent[]) => void;

export interface MeetingOutputs {
  /** Where runtimes publish their changes (the realtime layer's rooms of sockets). */
  runtime: RuntimeOutput;
  /** Other nodes on the same store. */
  peers: ClusterPeers;
  /** A meeting was deleted: its sockets are told (their reconnect finds no meeting). */
  removed(meetingId: string): void;
  /** What a meeting committed (its community: reviews of its actions, the end; the delivery). */
  committed: MeetingCommitted;
}

export const SILENT_OUTPUTS: MeetingOutputs = {
  runtime: {
    patches() {},
    seat() {},
    snapshot() {},
    privateView() {},
    presence() {},
    patchesHere() {},
  },
  peers: NO_PEERS,
  removed() {},
  committed() {},
};
