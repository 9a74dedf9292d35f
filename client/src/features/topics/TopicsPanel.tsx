import { type PublicTopicView, TopicStatus } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useScopeTableId } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { usePreVoting } from '../../store/usePreVoting.js';
import { DotMeter } from '../../ui/dots/DotMeter.js';
import { TopicForm } from '../../ui/topic/TopicForm.js';
import { TopicCard } from './TopicCard.js';

const NO_TOPICS: PublicTopicView[] = [];

/** Propose topics and see everyone's, newest last. */
export const TopicsPanel = () => {
  const t = useT();
  const topics = useAppStore((state) => state.view?.topics ?? NO_TOPICS);
  const preVoting = usePreVoting();
  const tableId = useScopeTableId();
  // At a table with its own topics: that table's.
  const open = topics.filter(
    (topic) => topic.status === TopicStatus.Open && (tableId === null || topic.tableId === tableId),
  );

  return (
    <div className="stack">
      <p className="lead">{t('topics.intro')}</p>
      <div className="two-columns">
        <section aria-labelledby="propose-heading" className="stack">
          <h3 id="propose-heading">{t('topics.proposeTitle')}</h3>
          <TopicForm />
        </section>
        <section aria-labelledby="topic-list-heading" className="stack">
          <h3 id="topic-list-heading">{t('topics.listTitle', { count: open.length })}</h3>
          {preVoting ? (
            <>
              <p className="muted">{t('vote.preVoteIntro')}</p>
              <DotMeter />
            </>
          ) : null}
          {open.length === 0 ? (
            <p className="muted">{t('topics.none')}</p>
          ) : (
            <ul className="topic-list">
              {open.map((topic) => (
                <TopicCard
                  key={topic.id}
                  topic={topic}
                  others={open.filter((other) => other.id !== topic.id)}
                />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
};
