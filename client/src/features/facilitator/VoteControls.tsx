import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';

export const VoteControls = () => {
  const t = useT();
  const closed = useAppStore((state) => state.view?.votingClosed ?? false);
  const mayReveal = useAppStore(
    (state) => (state.view?.settings.hiddenVotes ?? false) && !state.view?.votesRevealed,
  );
  const command = useCommand();
  if (closed) return null;
  return (
    <div className="bar-group">
      {mayReveal ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => void command.run({ type: 'vote:reveal' })}
        >
          {t('vote.reveal')}
        </button>
      ) : null}
      <button
        type="button"
        className="button secondary"
        onClick={() => void command.run({ type: 'vote:close' })}
      >
        {t('vote.close')}
      </button>
      <ErrorText code={command.error} />
    </div>
  );
};
