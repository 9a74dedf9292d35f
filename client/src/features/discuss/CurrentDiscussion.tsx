import { useT } from '../../i18n/useT.js';
import { useScopeDiscussion } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { Countdown } from '../../ui/timer/Countdown.js';
import { TopicSummary } from '../../ui/topic/TopicSummary.js';
import { ContinueVote } from './ContinueVote.js';
import { TopicItems } from './TopicItems.js';

/** The topic being discussed: big timer, the continue-vote when time is up, and its notes. */
export const CurrentDiscussion = () => {
  const t = useT();
  const discussion = useScopeDiscussion();
  const topic = useAppStore((state) =>
    state.view?.topics.find((candidate) => candidate.id === discussion?.topicId),
  );
  if (!discussion || !topic) return <p className="muted">{t('discuss.nothingYet')}</p>;

  return (
    <div className="card current-discussion stack">
      <TopicSummary topic={topic} />
      {discussion.round > 0 ? (
        <p className="badge">{t('discuss.extension', { count: discussion.round })}</p>
      ) : null}
      <Countdown
        timer={discussion.timer}
        label={t('discuss.timeLeftFor', { title: topic.title })}
      />
      <ContinueVote />
      <TopicItems topicId={topic.id} title={topic.title} />
    </div>
  );
};
