import type { PublicTopicView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../ErrorText.js';
import { Dots } from './Dots.js';

/**
 * My dots on one topic with + and −, and the tally when it may be seen. The buttons stay enabled
 * (a disabled button drops keyboard focus); the server's refusal is shown.
 */
export const DotControls = ({ topic }: { topic: PublicTopicView }) => {
  const t = useT();
  const mine = useAppStore((state) => state.me?.dots[topic.id] ?? 0);
  const left = useAppStore((state) => state.me?.dotsLeft ?? 0);
  const cap = useAppStore((state) => state.view?.settings.maxDotsPerTopic ?? 1);
  const vote = useCommand();

  return (
    <>
      <div className="vote-controls">
        <button
          type="button"
          className="button round"
          aria-label={t('vote.remove', { title: topic.title })}
          data-unavailable={mine === 0}
          onClick={() => void vote.run({ type: 'vote:retract', topicId: topic.id })}
        >
          −
        </button>
        <Dots filled={mine} total={Math.max(cap, mine)} />
        <button
          type="button"
          className="button round"
          aria-label={t('vote.add', { title: topic.title })}
          data-unavailable={left === 0 || mine >= cap}
          onClick={() => void vote.run({ type: 'vote:cast', topicId: topic.id })}
        >
          +
        </button>
        <span className="vote-mine" aria-live="polite">
          {t('vote.mine', { count: mine })}
        </span>
        {topic.dots !== null ? (
          <span className="vote-total">{t('vote.total', { count: topic.dots })}</span>
        ) : null}
      </div>
      <ErrorText code={vote.error} />
    </>
  );
};
