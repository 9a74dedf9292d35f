import { type PublicTableView, TopicStatus } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { TABLE_CONTROLS_FOCUS } from './tablesFocus.js';
import { useTableLabel } from './useTableLabel.js';

const NO_IDS: string[] = [];

/**
 * Mode 'shared': the ranked list everyone voted on. The host takes the table's next topic from it;
 * a topic another table took shows as taken.
 */
export const SharedList = ({
  table,
  tables,
}: {
  table: PublicTableView;
  tables: readonly PublicTableView[];
}) => {
  const t = useT();
  const labelOf = useTableLabel();
  const queue = useAppStore((state) => state.view?.queue ?? NO_IDS);
  const topics = useAppStore((state) => state.view?.topics);
  const pull = useCommand();
  const takenBy = new Map(
    tables.flatMap((other) =>
      [...other.queue, ...(other.discussion ? [other.discussion.topicId] : [])].map(
        (id) => [id, other] as const,
      ),
    ),
  );
  const listed = (topics ?? []).filter(
    (topic) =>
      topic.status !== TopicStatus.Merged &&
      topic.status !== TopicStatus.Discussed &&
      (queue.includes(topic.id) || takenBy.has(topic.id)),
  );
  const rank = (id: string) => (queue.includes(id) ? queue.indexOf(id) : queue.length);
  listed.sort((a, b) => rank(a.id) - rank(b.id));
  return (
    <section className="shared-list stack" aria-labelledby="shared-list-heading">
      <h3 id="shared-list-heading">{t('tables.sharedList')}</h3>
      <ol className="table-glance-list">
        {listed.map((topic) => {
          const holder = takenBy.get(topic.id);
          return (
            <li key={topic.id} className="table-glance">
              <span className="table-glance-name">{topic.title}</span>
              {topic.dots !== null ? <span>{t('vote.total', { count: topic.dots })}</span> : null}
              {holder ? (
                <span className="badge">
                  {holder.id === table.id
                    ? t('tables.takenHere')
                    : t('tables.takenBy', { name: labelOf(holder) })}
                </span>
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('tables.pullNamed', { title: topic.title })}
                  onClick={() => {
                    // The button turns into a badge: starting the topic comes next, not the
                    // next topic's "take" button (whose Enter would take a second one).
                    requestFocus(TABLE_CONTROLS_FOCUS);
                    void pull.run({ type: 'tables:pull', tableId: table.id, topicId: topic.id });
                  }}
                >
                  {t('tables.pull')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <ErrorText code={pull.error} />
    </section>
  );
};
