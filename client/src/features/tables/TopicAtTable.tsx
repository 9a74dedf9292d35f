import type { PublicTableView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { TimeLeft } from './TimeLeft.js';

/** What a table talks about now and how long it has left (or that it talks about nothing yet). */
export const TopicAtTable = ({ table }: { table: PublicTableView }) => {
  const t = useT();
  const discussion = table.discussion;
  const title = useAppStore(
    (state) => state.view?.topics.find((topic) => topic.id === discussion?.topicId)?.title,
  );
  if (!discussion || title === undefined) {
    return <p className="muted">{t('tables.noTopic')}</p>;
  }
  return (
    <p className="table-topic">
      <span className="table-topic-title">{title}</span> <TimeLeft discussion={discussion} />
    </p>
  );
};
