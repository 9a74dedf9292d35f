import type { PublicTopicView } from '@percolate/shared';
import { useMemo } from 'react';
import { useAppStore } from '../../store/StoreContext.js';

const NONE: PublicTopicView[] = [];

/** The open topics in queue order (proposal order while voting, vote order after). */
export const useQueueTopics = (): PublicTopicView[] => {
  const queue = useAppStore((state) => state.view?.queue);
  const topics = useAppStore((state) => state.view?.topics);
  return useMemo(() => {
    if (!queue || !topics) return NONE;
    const byId = new Map(topics.map((topic) => [topic.id, topic]));
    return queue.flatMap((id) => byId.get(id) ?? []);
  }, [queue, topics]);
};
