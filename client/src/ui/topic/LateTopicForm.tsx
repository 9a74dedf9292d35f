import { useT } from '../../i18n/useT.js';
import { useScopeVotingClosed } from '../../store/discussionScope.js';
import { TopicForm } from './TopicForm.js';
import './topic.css';

/**
 * Someone joins with a topic during the vote or the discussion: proposed during the vote it is
 * voted on at once; after the vote closed it is queued last, marked as late.
 */
export const LateTopicForm = () => {
  const t = useT();
  const votingClosed = useScopeVotingClosed();
  return (
    <details className="card late-topic">
      <summary className="late-topic-summary">{t('topics.proposeLate')}</summary>
      <div className="stack">
        <p className="muted small">
          {t(votingClosed ? 'topics.proposeLateQueued' : 'topics.proposeLateVoted')}
        </p>
        <TopicForm />
      </div>
    </details>
  );
};
