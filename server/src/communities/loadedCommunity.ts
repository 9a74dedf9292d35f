import type { CommunityState } from '@percolate/shared';
import type { CommunityRecord } from '../store/types.js';

/** A community as read from the store: its record, its folded state and its last seq. */
export interface LoadedCommunity {
  record: CommunityRecord;
  state: CommunityState;
  seq: number;
}
