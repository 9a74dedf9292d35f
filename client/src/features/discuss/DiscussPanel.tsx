import { type PublicTopicView, TopicStatus } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useLeadsScope, useScopeDiscussion, useScopeTableId } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { useQueueTopics } from '../../store/useQueueTopics.js';
import { useStartTopic } from '../../store/useStartTopic.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { ReorderButtons } from '../../ui/queue/ReorderButtons.js';
import { useQueueDrag } from '../../ui/queue/useQueueDrag.js';
import { LateBadge } from '../../ui/topic/LateBadge.js';
import { LateTopicForm } from '../../ui/topic/LateTopicForm.js';
import { CurrentDiscussion } from './CurrentDiscussion.js';
import { TopicItems } from './TopicItems.js';
import './discuss.css';

const NO_TOPICS: PublicTopicView[] = [];

const StartButton = ({ topic }: { topic: PublicTopicView }) => {
  const t = useT();
  const { start, error } = useStartTopic();
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        aria-label={t('discuss.startNamed', { title: topic.title })}
        onClick={() => void start(topic.id)}
      >
        {t('discuss.start')}
      </button>
      <ErrorText code={error} />
    </>
  );
};

const ToDiscuss = () => {
  const t = useT();
  const topics = useQueueTopics();
  const leads = useLeadsScope();
  // The order of the queue is the plenary's; a table discusses its queue as it stands.
  const isModerator = useAppStore(selectIsModerator);
  const tableId = useScopeTableId();
  const reorders = isModerator && tableId === null;
  const running = useScopeDiscussion() !== null;
  const drag = useQueueDrag();
  return (
    <section className="board-column board-todo" aria-labelledby="todo-heading">
      <h3 id="todo-heading">{t('discuss.toDiscuss', { count: topics.length })}</h3>
      <ol className="board-list">
        {topics.map((topic, index) => (
          <li
            key={topic.id}
            className="card board-card"
            {...(reorders ? drag.rowProps(topic.id) : {})}
          >
            <span className="board-card-title">{topic.title}</span>
            <LateBadge late={topic.late} />
            {topic.dots !== null ? (
              <span className="vote-total">{t('vote.total', { count: topic.dots })}</span>
            ) : null}
            {leads && !running ? <StartButton topic={topic} /> : null}
            {reorders ? <ReorderButtons topic={topic} index={index} topics={topics} /> : null}
          </li>
        ))}
      </ol>
      <ErrorText code={drag.error} />
      <LateTopicForm />
    </section>
  );
};

const ReopenButton = ({ topic }: { topic: PublicTopicView }) => {
  const t = useT();
  const reopen = useCommand();
  return (
    <>
      <button
        type="button"
        className="button ghost small"
        aria-label={t('discuss.reopenNamed', { title: topic.title })}
        onClick={() => void reopen.run({ type: 'topic:reopen', topicId: topic.id })}
      >
        {t('discuss.reopen')}
      </button>
      <ErrorText code={reopen.error} />
    </>
  );
};

const Discussed = () => {
  const t = useT();
  const topics = useAppStore((state) => state.view?.topics ?? NO_TOPICS);
  const isModerator = useAppStore(selectIsModerator);
  const tableId = useScopeTableId();
  // At a table: what that table discussed; in the plenary: everything discussed.
  const done = topics.filter(
    (topic) =>
      topic.status === TopicStatus.Discussed && (tableId === null || topic.tableId === tableId),
  );
  return (
    <section className="board-column board-done" aria-labelledby="done-heading">
      <h3 id="done-heading">{t('discuss.discussed', { count: done.length })}</h3>
      {done.length === 0 ? <p className="muted">{t('discuss.noneDiscussed')}</p> : null}
      <ul className="board-list">
        {done.map((topic) => (
          <li key={topic.id} className="card board-card">
            <details>
              <summary>{topic.title}</summary>
              <TopicItems topicId={topic.id} title={topic.title} />
            </details>
            {isModerator ? <ReopenButton topic={topic} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
};

/**
 * The discussion board: To discuss · Discussing · Discussed side by side on wide screens. The
 * topic under discussion comes first in reading order, as it does on a phone.
 */
export const DiscussPanel = () => {
  const t = useT();
  return (
    <div className="discuss-board">
      <section className="board-column board-current" aria-labelledby="current-heading">
        <h3 id="current-heading">{t('discuss.discussing')}</h3>
        <CurrentDiscussion />
      </section>
      <ToDiscuss />
      <Discussed />
    </div>
  );
};
