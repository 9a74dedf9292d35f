import type { PublicTopicView } from '@percolate/shared';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';

/** May I change this topic? Authors their own, moderators any (the server checks again). */
export const useMayChangeTopic = (topic: PublicTopicView): boolean =>
  useAppStore(
    (state) => selectIsModerator(state) || (state.me?.myTopicIds.includes(topic.id) ?? false),
  );
