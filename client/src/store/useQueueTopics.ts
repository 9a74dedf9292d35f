import { type PublicTopicView, TopicStatus } from '@percolate/shared';
import { useMemo } from 'react';
import { useScopeQueue } from './discussionScope.js';
import { useAppStore } from './StoreContext.js';

const NONE: PublicTopicView[] = [];

/**
 * The open topics in queue order (proposal order while voting, vote order after); the one under
 * discussion stays in the queue until it is closed, but is no longer open. At a table (see
 * discussionScope.tsx), that table's queue.
 */
export const useQueueTopics = (): PublicTopicView[] => {
  const queue = useScopeQueue();
  const topics = useAppStore((state) => state.view?.topics);
  return useMemo(() => {
    if (!queue || !topics) return NONE;
    const byId = new Map(topics.map((topic) => [topic.id, topic]));
    return queue.flatMap((id) => {
      const topic = byId.get(id);
      return topic?.status === TopicStatus.Open ? [topic] : [];
    });
  }, [queue, topics]);
};
