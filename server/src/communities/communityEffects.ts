/**
 * What a community's events do to its meetings (create one, import topics or actions, delete
 * one), carried out before the events are appended so that an acknowledged command has had its
 * effect. Each effect is idempotent: a retry after a crash does it again harmlessly.
 */
import type { CommunityEventBody, DomainError } from '@percolate/shared';
import type { LoadedCommunity } from './loadedCommunity.js';

export interface CarriedOut {
  /** Takes back what can be taken back, when the events could not be appended after all. */
  undo(): Promise<void>;
}

export interface CommunityEffects {
  /** A refusal means nothing was done and the events must not be appended. */
  carryOut(
    community: LoadedCommunity,
    events: readonly CommunityEventBody[],
    now: number,
  ): Promise<CarriedOut | DomainError>;
  /** Before the community is deleted: its meetings go first. */
  forget(community: LoadedCommunity): Promise<void>;
}

export const NOTHING = async (): Promise<void> => {};

export const NO_EFFECTS: CommunityEffects = {
  carryOut: async () => ({ undo: NOTHING }),
  forget: NOTHING,
};
