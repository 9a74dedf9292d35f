import { useT } from '../../i18n/useT.js';
import {
  atScope,
  useScopeDiscussion,
  useScopeQueue,
  useScopeTableId,
} from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { useStartTopic } from '../../store/useStartTopic.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { NextTimeboxField } from './NextTimeboxField.js';
import { SetTimeButton } from './SetTimeButton.js';

/** The usual amounts of extra time; the `+` key gives the first. */
const EXTEND_MINUTES = [1, 2, 5] as const;

const StartNextTopic = () => {
  const t = useT();
  const nextTopicId = useScopeQueue()[0] ?? null;
  const inPlenary = useScopeTableId() === null;
  const tablesRun = useAppStore((state) => {
    const tables = state.view?.tables;
    return tables != null && tables.rejoinedAt === null;
  });
  const { start, error } = useStartTopic();
  // The plenary waits while the tables discuss (the server would refuse: TABLES_RUNNING).
  if (inPlenary && tablesRun) return <p className="muted">{t('tables.plenaryWaits')}</p>;
  if (!nextTopicId) return <ErrorText code={error} />;
  return (
    <div className="bar-group bar-start">
      <NextTimeboxField />
      <button type="button" className="button secondary" onClick={() => void start(nextTopicId)}>
        {t('discuss.startNext')}
      </button>
      <ErrorText code={error} />
    </div>
  );
};

/**
 * The timer and topic controls: start the next topic (with its own timebox), pause/resume,
 * +1/+2/+5 min, set the time left or restart, stop, close.
 */
export const DiscussionControls = () => {
  const t = useT();
  const discussion = useScopeDiscussion();
  const tableId = useScopeTableId();
  // A moderator's keys act in the plenary (their bar); a table's host has no other controls.
  const keys = useAppStore(selectIsModerator) === (tableId === null);
  const command = useCommand();
  const at = atScope(tableId);
  const paused = discussion?.timer.pausedRemainingMs != null;
  const timing = discussion !== null && discussion.continueVote === null;
  const togglePause = () =>
    void command.run({ type: paused ? 'timer:resume' : 'timer:pause', ...at });
  const extend = (minutes: number) => void command.run({ type: 'timer:extend', minutes, ...at });
  useShortcut('p', keys && timing ? togglePause : null);
  useShortcut('+', keys && discussion ? () => extend(EXTEND_MINUTES[0]) : null);

  if (!discussion) return <StartNextTopic />;
  return (
    <div className="bar-group">
      {timing ? (
        <button type="button" className="button secondary" onClick={togglePause}>
          {paused ? t('timer.resume') : t('timer.pause')}
        </button>
      ) : null}
      {EXTEND_MINUTES.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="button secondary"
          onClick={() => extend(minutes)}
        >
          {t('timer.extend', { minutes })}
        </button>
      ))}
      {timing ? <SetTimeButton /> : null}
      {timing ? (
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            requestFocus('continue-vote');
            void command.run({ type: 'timer:stop', ...at });
          }}
        >
          {t('timer.stop')}
        </button>
      ) : null}
      <button
        type="button"
        className="button ghost"
        onClick={() => void command.run({ type: 'discussion:close', ...at })}
      >
        {t('discuss.close')}
      </button>
      <ErrorText code={command.error} />
    </div>
  );
};
