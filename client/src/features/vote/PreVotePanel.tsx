import { useT } from '../../i18n/useT.js';
import { usePreVoting } from '../../store/usePreVoting.js';
import { useQueueTopics } from '../../store/useQueueTopics.js';
import { DotMeter } from '../../ui/dots/DotMeter.js';
import { VoteList } from './VoteList.js';

/** Before the vote, in a meeting that pre-votes: my dots on the topics so far. */
export const PreVotePanel = () => {
  const t = useT();
  const preVoting = usePreVoting();
  const topics = useQueueTopics();
  if (!preVoting) return null;
  return (
    <section className="stack" aria-labelledby="prevote-heading">
      <h3 id="prevote-heading">{t('vote.preVoteTitle')}</h3>
      <p className="muted">{t('vote.preVoteIntro')}</p>
      <DotMeter />
      <VoteList topics={topics} />
    </section>
  );
};
