import { useT } from '../../i18n/useT.js';
import { useScopeVotingClosed } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useQueueTopics } from '../../store/useQueueTopics.js';
import { DotMeter } from '../../ui/dots/DotMeter.js';
import { LateTopicForm } from '../../ui/topic/LateTopicForm.js';
import { CloseTableVote } from './CloseTableVote.js';
import { RankedQueue } from './RankedQueue.js';
import { VoteList } from './VoteList.js';
import './vote.css';

/** Dot voting: my remaining dots, a row per topic, then the ranking once voting is closed. */
export const VotePanel = () => {
  const t = useT();
  const closed = useScopeVotingClosed();
  const hidden = useAppStore(
    (state) => (state.view?.settings.hiddenVotes ?? false) && !state.view?.votesRevealed,
  );
  const topics = useQueueTopics();

  if (closed) {
    return (
      <div className="stack">
        <p className="lead">{t('vote.closedIntro')}</p>
        <RankedQueue />
        <LateTopicForm />
      </div>
    );
  }
  return (
    <div className="stack">
      <p className="lead">{t('vote.intro')}</p>
      <DotMeter />
      {hidden ? <p className="note">{t('vote.hiddenNote')}</p> : null}
      <VoteList topics={topics} />
      <CloseTableVote />
      <LateTopicForm />
    </div>
  );
};
