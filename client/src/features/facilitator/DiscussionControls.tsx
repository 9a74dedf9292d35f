import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { useShortcut } from '../../ui/useShortcut.js';

const EXTEND_MINUTES = 1;

/** The timer and topic controls: start the next topic, pause/resume, +1 min, stop, close. */
export const DiscussionControls = () => {
  const t = useT();
  const discussion = useAppStore((state) => state.view?.discussion ?? null);
  const nextTopicId = useAppStore((state) => state.view?.queue[0] ?? null);
  const command = useCommand();
  const paused = discussion?.timer.pausedRemainingMs != null;
  const timing = discussion !== null && discussion.continueVote === null;
  const togglePause = () => void command.run({ type: paused ? 'timer:resume' : 'timer:pause' });
  const extend = () => void command.run({ type: 'timer:extend', minutes: EXTEND_MINUTES });
  useShortcut('p', timing ? togglePause : null);
  useShortcut('+', discussion ? extend : null);

  if (!discussion) {
    return (
      <div className="bar-group">
        {nextTopicId ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void command.run({ type: 'discussion:start', topicId: nextTopicId })}
          >
            {t('discuss.startNext')}
          </button>
        ) : null}
        <ErrorText code={command.error} />
      </div>
    );
  }
  return (
    <div className="bar-group">
      {timing ? (
        <button type="button" className="button secondary" onClick={togglePause}>
          {paused ? t('timer.resume') : t('timer.pause')}
        </button>
      ) : null}
      <button type="button" className="button secondary" onClick={extend}>
        {t('timer.extend', { minutes: EXTEND_MINUTES })}
      </button>
      {timing ? (
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            requestFocus('continue-vote');
            void command.run({ type: 'timer:stop' });
          }}
        >
          {t('timer.stop')}
        </button>
      ) : null}
      <button
        type="button"
        className="button ghost"
        onClick={() => void command.run({ type: 'discussion:close' })}
      >
        {t('discuss.close')}
      </button>
      <ErrorText code={command.error} />
    </div>
  );
};
