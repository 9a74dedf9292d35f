import type { PublicTableView, PublicTopicView } from '@percolate/shared';
import { TimeCallBanner } from '../../features/tables/TimeCallBanner.js';
import { useTableLabel } from '../../features/tables/useTableLabel.js';
import { useAppStore } from '../../store/StoreContext.js';
import { BoardDiscussing, BoardTopics } from './BoardContent.js';

const NO_TOPICS: PublicTopicView[] = [];

/** The table a table's board shows, while tables run (null: the meeting's board instead). */
export const useBoardTable = (tableId: string | null): PublicTableView | null =>
  useAppStore((state) => {
    const tables = state.view?.tables;
    if (tableId === null || !tables || tables.rejoinedAt !== null) return null;
    return tables.tables.find((table) => table.id === tableId) ?? null;
  });

/**
 * One table's projector: its name, the time call, its topic with the big clock and the thumbs,
 * its notes (for a screen opened at the table: others get the glance only) and what comes next.
 */
export const TableBoard = ({
  table,
  meetingTitle,
}: {
  table: PublicTableView;
  meetingTitle: string;
}) => {
  const labelOf = useTableLabel();
  const timeCall = useAppStore((state) => state.view?.tables?.timeCall ?? null);
  const topics = useAppStore((state) => state.view?.topics ?? NO_TOPICS);
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const discussion = table.discussion;
  const upNext = table.queue
    .filter((id) => id !== discussion?.topicId)
    .flatMap((id) => byId.get(id) ?? []);
  const topic = discussion ? byId.get(discussion.topicId) : undefined;
  return (
    <>
      <header className="board-header">
        <h1>{labelOf(table)}</h1>
        <p className="board-phase">{meetingTitle}</p>
      </header>
      <TimeCallBanner timeCall={timeCall} />
      {discussion && topic ? (
        <BoardDiscussing topic={topic} discussion={discussion} upNext={upNext} />
      ) : (
        <BoardTopics topics={upNext} />
      )}
    </>
  );
};
