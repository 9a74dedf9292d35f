import { isVotingOpen, Phase } from '@percolate/shared';
import { useAppStore } from './StoreContext.js';

/** Are dots placed ahead of the vote right now (the meeting pre-votes, and voting is open)? */
export const usePreVoting = (): boolean =>
  useAppStore(
    (state) => state.view !== null && state.view.phase !== Phase.Vote && isVotingOpen(state.view),
  );
